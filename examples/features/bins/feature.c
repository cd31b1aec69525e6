#include <stdlib.h>

long *bins(const double *xs, size_t n, size_t k, size_t *len)
{
    long *counts = calloc(k, sizeof *counts);
    double lo = n ? xs[0] : 0, hi = lo;
    for (size_t i = 1; i < n; i++) {
        if (xs[i] < lo)
            lo = xs[i];
        if (xs[i] > hi)
            hi = xs[i];
    }
    double width = (hi - lo) / k;
    for (size_t i = 0; i < n; i++) {
        size_t b = width ? (size_t)((xs[i] - lo) / width) : 0;
        counts[b < k ? b : k - 1]++;
    }
    *len = k;
    return counts;
}
