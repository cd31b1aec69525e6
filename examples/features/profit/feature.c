#include <stddef.h>

long profit(const long *prices, size_t n)
{
    long best = 0;
    for (size_t i = 0, low = 0; i < n; i++) {
        if (prices[i] < prices[low])
            low = i;
        if (prices[i] - prices[low] > best)
            best = prices[i] - prices[low];
    }
    return best;
}
