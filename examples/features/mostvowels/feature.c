#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *mostvowels(const char *s)
{
    const char *best = s;
    int best_len = 0, most = -1;
    while (*s) {
        while (isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
        int len = 0, vowels = 0;
        for (; s[len] && !isspace((unsigned char)s[len]); len++)
            vowels += strchr("aeiouAEIOU", s[len]) != NULL;
        if (vowels > most) {
            most = vowels;
            best = s;
            best_len = len;
        }
        s += len;
    }
    return strndup(best, best_len);
}
