#include <stdlib.h>
#include <string.h>

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double quantile(const double *sorted, size_t n, double p)
{
    double i = p * (n - 1);
    size_t lo = (size_t)i;
    return lo + 1 < n ? sorted[lo] + (sorted[lo + 1] - sorted[lo]) * (i - lo) : sorted[lo];
}

double *outliers(const double *xs, size_t n, size_t *len)
{
    double *s = malloc(n * sizeof *s);
    memcpy(s, xs, n * sizeof *s);
    qsort(s, n, sizeof *s, compare);
    double q1 = quantile(s, n, 0.25), q3 = quantile(s, n, 0.75), k = 1.5 * (q3 - q1);
    *len = 0;
    for (size_t i = 0; i < n; i++)
        if (xs[i] < q1 - k || xs[i] > q3 + k)
            s[(*len)++] = xs[i];
    return s;
}
