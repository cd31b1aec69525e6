#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool minor(const char *w, size_t len)
{
    static const char *words[] = {"a", "an", "and", "in", "of", "on", "or", "the", "to"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == len && strncmp(words[i], w, len) == 0)
            return true;
    return false;
}

char *headline(const char *s)
{
    char *out = malloc(strlen(s) + 1), *p = out;
    for (;;) {
        while (isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
        if (p > out)
            *p++ = ' ';
        char *word = p;
        while (*s && !isspace((unsigned char)*s))
            *p++ = tolower((unsigned char)*s++);
        while (isspace((unsigned char)*s))
            s++;
        if (word == out || !*s || !minor(word, p - word))
            *word = toupper((unsigned char)*word);
    }
    *p = '\0';
    return out;
}
