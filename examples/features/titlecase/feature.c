#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool small(const char *w, size_t n)
{
    static const char *words[] = {"a", "an", "the", "of", "and", "in", "on"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && strncmp(words[i], w, n) == 0)
            return true;
    return false;
}

char *titlecase(const char *text)
{
    char *out = strdup(text);
    for (char *p = out; *p; p++)
        *p = tolower((unsigned char)*p);
    for (char *w = out;; w++) {
        size_t n = strcspn(w, " ");
        if (w == out || !small(w, n))
            *w = toupper((unsigned char)*w);
        w += n;
        if (!*w)
            return out;
    }
}
