#include <stdlib.h>
#include <string.h>

struct span { long lo, hi; };

static int by_start(const void *a, const void *b)
{
    long x = ((const struct span *)a)->lo, y = ((const struct span *)b)->lo;
    return (x > y) - (x < y);
}

struct span *mergeintervals(const struct span *spans, size_t n, size_t *len)
{
    struct span *merged = malloc(n * sizeof *merged);
    memcpy(merged, spans, n * sizeof *merged);
    qsort(merged, n, sizeof *merged, by_start);
    *len = 0;
    for (size_t i = 0; i < n; i++) {
        if (*len > 0 && merged[i].lo <= merged[*len - 1].hi) {
            if (merged[i].hi > merged[*len - 1].hi)
                merged[*len - 1].hi = merged[i].hi;
        } else {
            merged[(*len)++] = merged[i];
        }
    }
    return merged;
}
