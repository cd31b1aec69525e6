#include <math.h>
#include <stdio.h>
#include <time.h>

static time_t noon(const char *iso)
{
    struct tm t = {.tm_hour = 12, .tm_isdst = -1};
    sscanf(iso, "%d-%d-%d", &t.tm_year, &t.tm_mon, &t.tm_mday);
    t.tm_year -= 1900;
    t.tm_mon -= 1;
    return mktime(&t);
}

long daysbetween(const char *a, const char *b)
{
    return lround(difftime(noon(b), noon(a)) / 86400);
}
