#include <stdint.h>

int32_t javahash(const char *s)
{
    uint32_t h = 0;
    for (; *s; s++)
        h = h * 31 + (unsigned char)*s;
    return (int32_t)h;
}
