#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char **hashtags(const char *text, size_t *len)
{
    char *s = strdup(text);
    for (char *p = s; *p; p++)
        *p = tolower((unsigned char)*p);
    char **tags = malloc((strlen(s) / 2 + 1) * sizeof *tags);
    *len = 0;
    for (char *p = strchr(s, '#'); p; p = strchr(p, '#')) {
        size_t n = strspn(++p, "abcdefghijklmnopqrstuvwxyz0123456789");
        char *tag = strndup(p, n);
        size_t i = 0;
        while (i < *len && strcmp(tags[i], tag) != 0)
            i++;
        if (n > 0 && i == *len)
            tags[(*len)++] = tag;
        else
            free(tag);
        p += n;
    }
    free(s);
    return tags;
}
