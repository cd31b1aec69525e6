#include <stdlib.h>
#include <string.h>

static int descending(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x < y) - (x > y);
}

long kthlargest(const long *xs, size_t n, size_t k)
{
    long *sorted = malloc(n * sizeof *sorted);
    memcpy(sorted, xs, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, descending);
    size_t i = 0;
    for (size_t seen = 1; seen < k; seen++) {
        while (sorted[i + 1] == sorted[i])
            i++;
        i++;
    }
    long v = sorted[i];
    free(sorted);
    return v;
}
