#include <stdlib.h>
#include <string.h>

char *addbinary(const char *a, const char *b)
{
    unsigned long sum = strtoul(a, NULL, 2) + strtoul(b, NULL, 2);
    char buf[65], *p = buf + sizeof buf;
    *--p = '\0';
    do
        *--p = '0' + (sum & 1);
    while (sum >>= 1);
    return strdup(p);
}
