#include <stdlib.h>

long *rotate(const long *m, size_t rows, size_t cols, size_t *out_rows, size_t *out_cols)
{
    long *out = malloc(rows * cols * sizeof *out);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            out[j * rows + (rows - 1 - i)] = m[i * cols + j];
    *out_rows = cols;
    *out_cols = rows;
    return out;
}
