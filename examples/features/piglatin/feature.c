#include <stdlib.h>
#include <string.h>

char *piglatin(const char *s)
{
    const char *blank = " \t\n\v\f\r";
    char *out = malloc(strlen(s) * 4 + 1), *p = out;
    for (s += strspn(s, blank); *s; s += strspn(s, blank)) {
        size_t n = strcspn(s, blank), head = strcspn(s, "aeiou");
        if (head > n)
            head = n;
        if (p > out)
            *p++ = ' ';
        memcpy(p, s + head, n - head);
        memcpy(p + n - head, s, head);
        p += n;
        strcpy(p, head ? "ay" : "way");
        p += head ? 2 : 3;
        s += n;
    }
    *p = '\0';
    return out;
}
