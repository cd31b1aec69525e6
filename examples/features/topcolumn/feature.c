#include <stddef.h>

size_t topcolumn(const long *m, size_t rows, size_t cols)
{
    size_t best = 0;
    long most = 0;
    for (size_t j = 0; j < cols; j++) {
        long sum = 0;
        for (size_t i = 0; i < rows; i++)
            sum += m[i * cols + j];
        if (j == 0 || sum > most) {
            most = sum;
            best = j;
        }
    }
    return best;
}
