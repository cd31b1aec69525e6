#include <stdlib.h>

long gridpaths(const long *m, size_t rows, size_t cols)
{
    long *ways = calloc(cols, sizeof *ways);
    ways[0] = 1;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            ways[j] = m[i * cols + j] ? 0 : ways[j] + (j > 0 ? ways[j - 1] : 0);
    long count = ways[cols - 1];
    free(ways);
    return count;
}
