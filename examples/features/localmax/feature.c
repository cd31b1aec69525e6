#include <stddef.h>

int localmax(const long *m, size_t rows, size_t cols)
{
    int count = 0;
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < cols; c++) {
            long x = m[r * cols + c];
            count += (r == 0 || m[(r - 1) * cols + c] < x) && (r + 1 == rows || m[(r + 1) * cols + c] < x) &&
                     (c == 0 || m[r * cols + c - 1] < x) && (c + 1 == cols || m[r * cols + c + 1] < x);
        }
    return count;
}
