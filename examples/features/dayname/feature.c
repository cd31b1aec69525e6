#include <stdlib.h>
#include <time.h>

char *dayname(int y, int m, int d)
{
    struct tm t = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
    timegm(&t);
    char *name = malloc(16);
    strftime(name, 16, "%A", &t);
    return name;
}
