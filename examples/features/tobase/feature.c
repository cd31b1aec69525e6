#include <stdlib.h>
#include <string.h>

char *tobase(long n, int b)
{
    char buf[66], *p = buf + sizeof buf;
    unsigned long m = n < 0 ? -(unsigned long)n : (unsigned long)n;
    *--p = '\0';
    do
        *--p = "0123456789abcdefghijklmnopqrstuvwxyz"[m % b];
    while (m /= b);
    if (n < 0)
        *--p = '-';
    return strdup(p);
}
