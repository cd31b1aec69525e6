#include <stdlib.h>

double *pctchange(const double *xs, size_t n, size_t *len)
{
    *len = n > 0 ? n - 1 : 0;
    double *out = malloc(*len * sizeof *out);
    for (size_t i = 0; i < *len; i++)
        out[i] = (xs[i + 1] - xs[i]) / xs[i] * 100;
    return out;
}
