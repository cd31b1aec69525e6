#include <math.h>
#include <stddef.h>

double maxdrawdown(const double *xs, size_t n)
{
    double peak = -INFINITY, worst = 0;
    for (size_t i = 0; i < n; i++) {
        peak = fmax(peak, xs[i]);
        worst = fmax(worst, peak - xs[i]);
    }
    return worst;
}
