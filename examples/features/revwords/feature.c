#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *revwords(const char *s)
{
    size_t end = strlen(s);
    char *out = malloc(end + 1), *p = out;
    for (;;) {
        while (end > 0 && isspace((unsigned char)s[end - 1]))
            end--;
        size_t start = end;
        while (start > 0 && !isspace((unsigned char)s[start - 1]))
            start--;
        if (start == end)
            break;
        if (p > out)
            *p++ = ' ';
        memcpy(p, s + start, end - start);
        p += end - start;
        end = start;
    }
    *p = '\0';
    return out;
}
