#include <stdbool.h>
#include <stddef.h>

static size_t below(const long *xs, size_t n, long x, bool inclusive)
{
    size_t a = 0, b = n;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (xs[mid] < x || (inclusive && xs[mid] == x))
            a = mid + 1;
        else
            b = mid;
    }
    return a;
}

size_t countrange(const long *xs, size_t n, long lo, long hi)
{
    size_t a = below(xs, n, lo, false), b = below(xs, n, hi, true);
    return b > a ? b - a : 0;
}
