#include <stdlib.h>
#include <string.h>

char **wordwrap(const char *text, long w, size_t *len)
{
    char **lines = malloc((strlen(text) + 1) / 2 * sizeof *lines);
    const char *line = text, *p = text;
    *len = 0;
    while (*p) {
        const char *end = p + strcspn(p, " ");
        if (p > line && end - line > w) {
            lines[(*len)++] = strndup(line, p - 1 - line);
            line = p;
        }
        p = *end ? end + 1 : end;
    }
    if (*line)
        lines[(*len)++] = strdup(line);
    return lines;
}
