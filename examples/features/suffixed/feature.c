#include <stdio.h>
#include <stdlib.h>

char *suffixed(long n)
{
    static const char *suffixes[] = {"th", "st", "nd", "rd"};
    const char *suffix = (n % 100 >= 11 && n % 100 <= 13) || n % 10 > 3 ? "th" : suffixes[n % 10];
    char *out = malloc(24);
    snprintf(out, 24, "%ld%s", n, suffix);
    return out;
}
