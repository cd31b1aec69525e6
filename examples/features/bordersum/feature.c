#include <stddef.h>

long bordersum(const long *m, size_t rows, size_t cols)
{
    long sum = 0;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            if (i == 0 || i == rows - 1 || j == 0 || j == cols - 1)
                sum += m[i * cols + j];
    return sum;
}
