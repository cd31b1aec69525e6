#include <stdlib.h>
#include <string.h>

static size_t edits(const char *a, const char *b)
{
    size_t m = strlen(b), *row = malloc((m + 1) * sizeof *row);
    for (size_t j = 0; j <= m; j++)
        row[j] = j;
    for (size_t i = 1; a[i - 1]; i++) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j], best = diagonal + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diagonal = up;
        }
    }
    size_t d = row[m];
    free(row);
    return d;
}

const char *suggest(const char *word, const char *const *dictionary, size_t n)
{
    const char *best = dictionary[0];
    size_t fewest = edits(best, word);
    for (size_t i = 1; i < n; i++) {
        size_t d = edits(dictionary[i], word);
        if (d < fewest) {
            fewest = d;
            best = dictionary[i];
        }
    }
    return best;
}
