#include <stddef.h>

void rank(const long *scores, size_t n, long *out)
{
    for (size_t i = 0; i < n; i++) {
        out[i] = 1;
        for (size_t j = 0; j < n; j++)
            out[i] += scores[j] > scores[i];
    }
}
