#include <stdlib.h>
#include <string.h>

static int compare(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    return lx != ly ? (lx > ly) - (lx < ly) : strcmp(x, y);
}

void bylength(const char *const *words, size_t n, const char **out)
{
    memcpy(out, words, n * sizeof *out);
    qsort(out, n, sizeof *out, compare);
}
