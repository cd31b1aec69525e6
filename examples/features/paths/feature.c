#include <stdlib.h>

long paths(const long *grid, size_t rows, size_t cols)
{
    long *row = calloc(cols, sizeof *row);
    row[0] = 1;
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < cols; c++) {
            if (grid[r * cols + c])
                row[c] = 0;
            else if (c > 0)
                row[c] += row[c - 1];
        }
    long result = row[cols - 1];
    free(row);
    return result;
}
