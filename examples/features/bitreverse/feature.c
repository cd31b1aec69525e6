#include <stdint.h>

uint32_t bitreverse(uint32_t n)
{
    uint32_t r = 0;
    for (int i = 0; i < 32; i++, n >>= 1)
        r = r << 1 | (n & 1);
    return r;
}
