#include <stdio.h>

int ihexsum(const char *s)
{
    unsigned sum = 0, byte;
    for (; sscanf(s, "%2x", &byte) == 1; s += 2)
        sum += byte;
    return -sum & 255;
}
