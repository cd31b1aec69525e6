#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int separator(char c)
{
    return c == '-' || isspace((unsigned char)c);
}

char *acronym(const char *phrase)
{
    char *out = calloc(strlen(phrase) + 1, 1), *p = out;
    for (const char *s = phrase; *s; s++)
        if (!separator(*s) && (s == phrase || separator(s[-1])))
            *p++ = toupper((unsigned char)*s);
    return out;
}
