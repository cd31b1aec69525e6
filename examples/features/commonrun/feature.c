#include <stdlib.h>
#include <string.h>

int commonrun(const char *a, const char *b)
{
    size_t n = strlen(b);
    int *prev = calloc(n + 1, sizeof *prev), *row = calloc(n + 1, sizeof *row), best = 0;
    for (; *a; a++) {
        for (size_t j = 0; j < n; j++) {
            row[j + 1] = *a == b[j] ? prev[j] + 1 : 0;
            if (row[j + 1] > best)
                best = row[j + 1];
        }
        int *t = prev;
        prev = row;
        row = t;
    }
    free(prev);
    free(row);
    return best;
}
