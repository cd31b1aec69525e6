#include <stdbool.h>
#include <stddef.h>

bool magic(const long *m, size_t n, size_t cols)
{
    long target = 0, diagonal = 0, anti = 0;
    for (size_t j = 0; j < cols; j++)
        target += m[j];
    for (size_t i = 0; i < n; i++) {
        long row = 0, col = 0;
        for (size_t j = 0; j < n; j++) {
            row += m[i * n + j];
            col += m[j * n + i];
        }
        if (row != target || col != target)
            return false;
        diagonal += m[i * n + i];
        anti += m[i * n + n - 1 - i];
    }
    return diagonal == target && anti == target;
}
