#include <stddef.h>

struct pair { long i, j; };

struct pair twosum(const long *xs, size_t n, long target)
{
    for (size_t j = 1; j < n; j++)
        for (size_t i = 0; i < j; i++)
            if (xs[i] + xs[j] == target)
                return (struct pair){i, j};
    return (struct pair){-1, -1};
}
