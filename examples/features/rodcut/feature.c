#include <stdlib.h>

long rodcut(const long *prices, size_t count, long n)
{
    long *best = malloc((n + 1) * sizeof *best);
    best[0] = 0;
    for (long size = 1; size <= n; size++) {
        best[size] = prices[0] + best[size - 1];
        for (long k = 2; k <= size && (size_t)k <= count; k++)
            if (prices[k - 1] + best[size - k] > best[size])
                best[size] = prices[k - 1] + best[size - k];
    }
    long result = best[n];
    free(best);
    return result;
}
