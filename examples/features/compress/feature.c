#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *compress(const char *s)
{
    char *out = calloc(2 * strlen(s) + 1, 1), *p = out;
    for (size_t i = 0, j; s[i]; i = j) {
        for (j = i; s[j] == s[i]; j++)
            ;
        p += sprintf(p, "%c%zu", s[i], j - i);
    }
    return out;
}
