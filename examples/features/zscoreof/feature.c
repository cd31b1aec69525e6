#include <math.h>
#include <stddef.h>

double zscoreof(const double *xs, size_t n, double x)
{
    double sum = 0, squares = 0;
    for (size_t i = 0; i < n; i++)
        sum += xs[i];
    double mean = sum / n;
    for (size_t i = 0; i < n; i++)
        squares += (xs[i] - mean) * (xs[i] - mean);
    return (x - mean) / sqrt(squares / (n - 1));
}
