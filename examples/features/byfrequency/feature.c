#include <stdlib.h>

struct entry { size_t count; long value; };

static int order(const void *a, const void *b)
{
    const struct entry *p = a, *q = b;
    if (p->count != q->count)
        return p->count < q->count ? 1 : -1;
    return (p->value > q->value) - (p->value < q->value);
}

long *byfrequency(const long *xs, size_t n, size_t *len)
{
    struct entry *entries = malloc(n * sizeof *entries);
    for (size_t i = 0; i < n; i++) {
        entries[i] = (struct entry){0, xs[i]};
        for (size_t j = 0; j < n; j++)
            entries[i].count += xs[j] == xs[i];
    }
    qsort(entries, n, sizeof *entries, order);
    long *out = malloc(n * sizeof *out);
    for (size_t i = 0; i < n; i++)
        out[i] = entries[i].value;
    free(entries);
    *len = n;
    return out;
}
