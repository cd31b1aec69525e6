#include <stdlib.h>
#include <string.h>

long *lengthhist(const char *s, size_t *len)
{
    const char *blank = " \t\n\v\f\r";
    long *counts = calloc(strlen(s) + 1, sizeof *counts);
    *len = 0;
    for (s += strspn(s, blank); *s; s += strspn(s, blank)) {
        size_t n = strcspn(s, blank);
        counts[n - 1]++;
        if (n > *len)
            *len = n;
        s += n;
    }
    return counts;
}
