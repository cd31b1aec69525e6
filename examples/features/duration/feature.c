#include <stdlib.h>

long duration(const char *s)
{
    long total = 0;
    while (*s) {
        char *unit;
        long n = strtol(s, &unit, 10);
        total += n * (*unit == 'h' ? 3600 : *unit == 'm' ? 60 : 1);
        s = unit + 1;
    }
    return total;
}
