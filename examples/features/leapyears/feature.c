#include <stdlib.h>

long *leapyears(long first, long last, size_t *len)
{
    long *years = malloc((last >= first ? (last - first) / 4 + 1 : 0) * sizeof *years);
    *len = 0;
    for (long y = first; y <= last; y++)
        if ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)
            years[(*len)++] = y;
    return years;
}
