#include <stdint.h>

uint16_t fletcher16(const char *s)
{
    unsigned a = 0, b = 0;
    for (; *s; s++) {
        a = (a + (unsigned char)*s) % 255;
        b = (b + a) % 255;
    }
    return b << 8 | a;
}
