#include <stdlib.h>
#include <string.h>

long *insertsorted(const long *xs, size_t n, long x, size_t *len)
{
    size_t a = 0, b = n;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (xs[mid] <= x)
            a = mid + 1;
        else
            b = mid;
    }
    long *out = malloc((n + 1) * sizeof *out);
    memcpy(out, xs, a * sizeof *out);
    out[a] = x;
    memcpy(out + a + 1, xs + a, (n - a) * sizeof *out);
    *len = n + 1;
    return out;
}
