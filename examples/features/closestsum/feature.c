#include <stdlib.h>

long closestsum(const long *xs, size_t n, long t)
{
    long best = xs[0] + xs[1];
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            long s = xs[i] + xs[j], d = labs(s - t) - labs(best - t);
            if (d < 0 || (d == 0 && s < best))
                best = s;
        }
    return best;
}
