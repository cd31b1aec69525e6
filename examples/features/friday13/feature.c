#include <time.h>

int friday13(int year)
{
    int count = 0;
    for (int month = 0; month < 12; month++) {
        struct tm t = {.tm_year = year - 1900, .tm_mon = month, .tm_mday = 13, .tm_hour = 12, .tm_isdst = -1};
        mktime(&t);
        count += t.tm_wday == 5;
    }
    return count;
}
