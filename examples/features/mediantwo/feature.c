#include <stddef.h>

double mediantwo(const long *xs, size_t n, const long *ys, size_t m)
{
    size_t total = n + m, i = 0, j = 0;
    long prev = 0, cur = 0;
    for (size_t k = 0; k <= total / 2; k++) {
        prev = cur;
        cur = j >= m || (i < n && xs[i] <= ys[j]) ? xs[i++] : ys[j++];
    }
    return total % 2 ? cur : (prev + cur) / 2.0;
}
