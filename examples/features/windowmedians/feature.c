#include <stdlib.h>
#include <string.h>

static int ascending(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

double *windowmedians(const long *xs, size_t n, size_t k, size_t *len)
{
    *len = n >= k ? n - k + 1 : 0;
    double *out = malloc(*len * sizeof *out);
    long *w = malloc(k * sizeof *w);
    for (size_t i = 0; i < *len; i++) {
        memcpy(w, xs + i, k * sizeof *w);
        qsort(w, k, sizeof *w, ascending);
        out[i] = (w[(k - 1) / 2] + w[k / 2]) / 2.0;
    }
    free(w);
    return out;
}
