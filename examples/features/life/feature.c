#include <stddef.h>

void life(const long *grid, size_t rows, size_t cols, long *out)
{
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < cols; c++) {
            long n = -grid[r * cols + c];
            for (size_t i = r > 0 ? r - 1 : 0; i <= r + 1 && i < rows; i++)
                for (size_t j = c > 0 ? c - 1 : 0; j <= c + 1 && j < cols; j++)
                    n += grid[i * cols + j];
            out[r * cols + c] = n == 3 || (n == 2 && grid[r * cols + c] == 1);
        }
}
