#include <stdlib.h>

long *graycode(int bits, size_t *len)
{
    *len = (size_t)1 << bits;
    long *codes = malloc(*len * sizeof *codes);
    for (size_t i = 0; i < *len; i++)
        codes[i] = i ^ (i >> 1);
    return codes;
}
