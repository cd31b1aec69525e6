#include <time.h>

int nthweekday(int y, int m, int wd, int k)
{
    struct tm t = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = 1};
    timegm(&t);
    int first = (t.tm_wday + 6) % 7;
    return 1 + (wd - first + 7) % 7 + 7 * (k - 1);
}
