#include <stdlib.h>

double *movingavg(const double *xs, size_t n, long k, size_t *len)
{
    *len = n >= (size_t)k ? n - k + 1 : 0;
    double *out = malloc(*len * sizeof *out);
    for (size_t i = 0; i < *len; i++) {
        double sum = 0;
        for (long j = 0; j < k; j++)
            sum += xs[i + j];
        out[i] = sum / k;
    }
    return out;
}
