#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int ascending(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static bool contains(const long *row, size_t n, long x)
{
    for (size_t j = 0; j < n; j++)
        if (row[j] == x)
            return true;
    return false;
}

long *commonall(const long *m, size_t rows, size_t cols, size_t *len)
{
    long *out = malloc(cols * sizeof *out);
    *len = 0;
    if (rows == 0)
        return out;
    memcpy(out, m, cols * sizeof *out);
    qsort(out, cols, sizeof *out, ascending);
    for (size_t j = 0; j < cols; j++) {
        if (j > 0 && out[j] == out[j - 1])
            continue;
        bool everywhere = true;
        for (size_t i = 1; i < rows && everywhere; i++)
            everywhere = contains(m + i * cols, cols, out[j]);
        if (everywhere)
            out[(*len)++] = out[j];
    }
    return out;
}
