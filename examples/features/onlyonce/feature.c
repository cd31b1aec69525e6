#include <stdlib.h>

long *onlyonce(const long *xs, size_t n, size_t *len)
{
    long *out = malloc(n * sizeof *out);
    *len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t count = 0;
        for (size_t j = 0; j < n; j++)
            count += xs[j] == xs[i];
        if (count == 1)
            out[(*len)++] = xs[i];
    }
    return out;
}
