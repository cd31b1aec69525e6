#include <stdlib.h>

long stairs(long n, const long *steps, size_t k)
{
    long *ways = calloc(n + 1, sizeof *ways);
    ways[0] = 1;
    for (long i = 1; i <= n; i++)
        for (size_t j = 0; j < k; j++)
            if (steps[j] <= i)
                ways[i] += ways[i - steps[j]];
    long result = ways[n];
    free(ways);
    return result;
}
