#include <stdlib.h>

long diagdiff(const long *m, size_t rows, size_t cols)
{
    long sum = 0;
    for (size_t i = 0; i < rows; i++)
        sum += m[i * cols + i] - m[i * cols + cols - 1 - i];
    return labs(sum);
}
