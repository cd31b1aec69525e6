#include <stddef.h>

long maxproduct(const long *xs, size_t n)
{
    long hi = xs[0], lo = xs[0], best = xs[0];
    for (size_t i = 1; i < n; i++) {
        long x = xs[i], a = hi * x, b = lo * x;
        hi = x > a ? (x > b ? x : b) : (a > b ? a : b);
        lo = x < a ? (x < b ? x : b) : (a < b ? a : b);
        if (hi > best)
            best = hi;
    }
    return best;
}
