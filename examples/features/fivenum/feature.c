#include <stdlib.h>
#include <string.h>

struct summary { double min, q1, median, q3, max; };

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

struct summary fivenum(const double *xs, size_t n)
{
    double *s = malloc(n * sizeof *s);
    memcpy(s, xs, n * sizeof *s);
    qsort(s, n, sizeof *s, compare);
    struct summary r = {s[0], quantile(s, n, 0.25), quantile(s, n, 0.5), quantile(s, n, 0.75), s[n - 1]};
    free(s);
    return r;
}
