#include <stdbool.h>
#include <stdlib.h>

long *primes(long n, size_t *len)
{
    bool *composite = calloc(n, sizeof *composite);
    long *out = malloc(n * sizeof *out);
    *len = 0;
    for (long p = 2; p < n; p++) {
        if (composite[p])
            continue;
        out[(*len)++] = p;
        for (long q = p * p; q < n; q += p)
            composite[q] = true;
    }
    free(composite);
    return out;
}
