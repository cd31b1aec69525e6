#include <stdlib.h>
#include <string.h>

static void sink(long *g, size_t rows, size_t cols, size_t r, size_t c)
{
    if (r >= rows || c >= cols || g[r * cols + c] != 1)
        return;
    g[r * cols + c] = 0;
    sink(g, rows, cols, r + 1, c);
    sink(g, rows, cols, r - 1, c); /* wraps past 0 to SIZE_MAX, caught above */
    sink(g, rows, cols, r, c + 1);
    sink(g, rows, cols, r, c - 1);
}

int islands(const long *grid, size_t rows, size_t cols)
{
    long *g = malloc(rows * cols * sizeof *g);
    memcpy(g, grid, rows * cols * sizeof *g);
    int count = 0;
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < cols; c++)
            if (g[r * cols + c] == 1) {
                count++;
                sink(g, rows, cols, r, c);
            }
    free(g);
    return count;
}
