#include <ctype.h>
#include <string.h>

char *longestword(const char *s)
{
    const char *best = s;
    size_t longest = 0;
    while (*s) {
        while (isspace((unsigned char)*s))
            s++;
        const char *start = s;
        while (*s && !isspace((unsigned char)*s))
            s++;
        if ((size_t)(s - start) > longest) {
            best = start;
            longest = s - start;
        }
    }
    return strndup(best, longest);
}
