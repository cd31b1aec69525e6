#include <stdlib.h>

long *factorize(long n, size_t *len)
{
    long *factors = malloc(64 * sizeof *factors);
    *len = 0;
    for (long p = 2; p * p <= n; p++)
        for (; n % p == 0; n /= p)
            factors[(*len)++] = p;
    if (n > 1)
        factors[(*len)++] = n;
    return factors;
}
