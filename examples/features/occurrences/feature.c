#include <string.h>

int occurrences(const char *s, const char *sub)
{
    int count = 0;
    for (const char *p = strstr(s, sub); p; p = strstr(p + 1, sub))
        count++;
    return count;
}
