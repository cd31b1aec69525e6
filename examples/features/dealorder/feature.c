#include <stdint.h>
#include <stdlib.h>

long *dealorder(long n, uint64_t seed, size_t *len)
{
    long *xs = malloc(n * sizeof *xs);
    for (long i = 0; i < n; i++)
        xs[i] = i;
    uint64_t x = seed;
    for (long i = n - 1; i > 0; i--) {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        long j = (x * 0x2545F4914F6CDD1DULL >> 1) % (i + 1);
        long t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
    }
    *len = n;
    return xs;
}
