#include <stdbool.h>
#include <stddef.h>

bool issymmetric(const long *m, size_t rows, size_t cols)
{
    if (rows != cols)
        return false;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < i; j++)
            if (m[i * cols + j] != m[j * cols + i])
                return false;
    return true;
}
