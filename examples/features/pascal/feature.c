#include <stdlib.h>

long *pascal(long n, size_t *len)
{
    long *row = malloc((n + 1) * sizeof *row);
    row[0] = 1;
    for (long k = 1; k <= n; k++)
        row[k] = row[k - 1] * (n - k + 1) / k;
    *len = n + 1;
    return row;
}
