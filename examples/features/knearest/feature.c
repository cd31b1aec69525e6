#include <stdlib.h>
#include <string.h>

static long target;

static int nearer(const void *a, const void *b)
{
    long p = *(const long *)a, q = *(const long *)b;
    long dp = labs(p - target), dq = labs(q - target);
    return dp != dq ? (dp > dq) - (dp < dq) : (p > q) - (p < q);
}

long *knearest(const long *xs, size_t n, long x, size_t k, size_t *len)
{
    long *out = malloc(n * sizeof *out);
    memcpy(out, xs, n * sizeof *out);
    target = x;
    qsort(out, n, sizeof *out, nearer);
    *len = k < n ? k : n;
    return out;
}
