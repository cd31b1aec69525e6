#include <stddef.h>

size_t longestrise(const long *xs, size_t n)
{
    size_t best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        run = i > 0 && xs[i] > xs[i - 1] ? run + 1 : 1;
        if (run > best)
            best = run;
    }
    return best;
}
