#include <stdlib.h>
#include <string.h>

char *colname(long n)
{
    char buf[16], *p = buf + sizeof buf;
    *--p = '\0';
    for (; n > 0; n = (n - 1) / 26)
        *--p = 'A' + (n - 1) % 26;
    return strdup(p);
}
