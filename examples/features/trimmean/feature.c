#include <stdlib.h>
#include <string.h>

static int ascending(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double trimmean(const double *xs, size_t n, size_t k)
{
    double *sorted = malloc(n * sizeof *sorted), sum = 0;
    memcpy(sorted, xs, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, ascending);
    for (size_t i = k; i < n - k; i++)
        sum += sorted[i];
    free(sorted);
    return sum / (n - 2 * k);
}
