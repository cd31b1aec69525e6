#include <stdio.h>
#include <time.h>

static time_t parse(const char *iso)
{
    struct tm t = {0};
    sscanf(iso, "%d-%d-%d", &t.tm_year, &t.tm_mon, &t.tm_mday);
    t.tm_year -= 1900;
    t.tm_mon -= 1;
    return timegm(&t);
}

int workdays(const char *a, const char *b)
{
    int count = 0;
    time_t end = parse(b);
    for (time_t t = parse(a); t <= end; t += 86400) {
        int day = gmtime(&t)->tm_wday;
        count += day != 0 && day != 6;
    }
    return count;
}
