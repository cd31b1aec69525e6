#include <time.h>

static time_t day(int y, int m, int d)
{
    struct tm t = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
    return timegm(&t);
}

int nextbirthday(int y, int m, int d, int bm, int bd)
{
    time_t today = day(y, m, d), next = day(y, bm, bd);
    if (next < today)
        next = day(y + 1, bm, bd);
    return (next - today) / 86400;
}
