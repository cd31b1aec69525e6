#include <stdbool.h>
#include <stddef.h>

int saddles(const long *m, size_t rows, size_t cols)
{
    int count = 0;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            long x = m[i * cols + j];
            bool saddle = true;
            for (size_t k = 0; k < cols && saddle; k++)
                saddle = m[i * cols + k] >= x;
            for (size_t k = 0; k < rows && saddle; k++)
                saddle = m[k * cols + j] <= x;
            count += saddle;
        }
    return count;
}
