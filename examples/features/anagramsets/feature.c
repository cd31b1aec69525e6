#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int bytes(const void *a, const void *b)
{
    return *(const char *)a - *(const char *)b;
}

static int strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int anagramsets(const char *s)
{
    char *text = strdup(s), *keys[strlen(s) / 2 + 1];
    int n = 0, sets = 0;
    for (char *p = text; *p; p++)
        *p = tolower((unsigned char)*p);
    for (char *w = strtok(text, " \t\n\v\f\r"); w; w = strtok(NULL, " \t\n\v\f\r")) {
        qsort(w, strlen(w), 1, bytes);
        keys[n++] = w;
    }
    qsort(keys, n, sizeof *keys, strings);
    for (int i = 0; i < n; i++)
        sets += i == 0 || strcmp(keys[i], keys[i - 1]) != 0;
    free(text);
    return sets;
}
