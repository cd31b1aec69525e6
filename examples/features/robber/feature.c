#include <stddef.h>

long robber(const long *houses, size_t n)
{
    long before = 0, best = 0;
    for (size_t i = 0; i < n; i++) {
        long take = before + houses[i];
        before = best;
        if (take > best)
            best = take;
    }
    return best;
}
