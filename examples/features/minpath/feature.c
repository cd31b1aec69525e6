#include <stdlib.h>

long minpath(const long *m, size_t rows, size_t cols)
{
    long *best = malloc(cols * sizeof *best);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            long from;
            if (i == 0)
                from = j == 0 ? 0 : best[j - 1];
            else
                from = j > 0 && best[j - 1] < best[j] ? best[j - 1] : best[j];
            best[j] = from + m[i * cols + j];
        }
    long sum = best[cols - 1];
    free(best);
    return sum;
}
