#include <ctype.h>
#include <stdbool.h>

bool isbn10(const char *s)
{
    int count = 0, sum = 0;
    for (; *s; s++) {
        if (*s == '-')
            continue;
        int d = isdigit((unsigned char)*s) ? *s - '0' : *s == 'X' && count == 9 ? 10 : -1;
        if (d < 0 || count == 10)
            return false;
        sum += (10 - count++) * d;
    }
    return count == 10 && sum % 11 == 0;
}
