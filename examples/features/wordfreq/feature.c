#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct wordcount { char *word; long count; };

struct wordcount *wordfreq(const char *text, long k, size_t *len)
{
    char *s = strdup(text);
    for (char *p = s; *p; p++)
        *p = tolower((unsigned char)*p);
    struct wordcount *counts = malloc((strlen(s) / 2 + 1) * sizeof *counts);
    size_t n = 0;
    for (char *w = strtok(s, " \t\n\v\f\r"); w; w = strtok(NULL, " \t\n\v\f\r")) {
        size_t i = 0;
        while (i < n && strcmp(counts[i].word, w) != 0)
            i++;
        if (i == n)
            counts[n++] = (struct wordcount){w, 0};
        counts[i].count++;
    }
    /* insertion sort by count, descending; stable, so ties keep their first appearance */
    for (size_t i = 1; i < n; i++) {
        struct wordcount c = counts[i];
        size_t j = i;
        for (; j > 0 && counts[j - 1].count < c.count; j--)
            counts[j] = counts[j - 1];
        counts[j] = c;
    }
    *len = n < (size_t)k ? n : (size_t)k;
    return counts;
}
