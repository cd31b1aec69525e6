#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *urldecode(const char *s)
{
    char *out = malloc(strlen(s) + 1), *p = out;
    for (; *s; s++) {
        if (*s == '%') {
            unsigned byte;
            sscanf(s + 1, "%2x", &byte);
            *p++ = byte;
            s += 2;
        } else {
            *p++ = *s == '+' ? ' ' : *s;
        }
    }
    *p = '\0';
    return out;
}
