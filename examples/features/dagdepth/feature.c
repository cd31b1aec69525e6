#include <stdlib.h>

struct edge { long a, b; };

long dagdepth(long n, const struct edge *edges, size_t m)
{
    long *depth = calloc(n, sizeof *depth), longest = 0;
    for (long round = 1; round < n; round++)
        for (size_t i = 0; i < m; i++)
            if (depth[edges[i].a] + 1 > depth[edges[i].b])
                depth[edges[i].b] = depth[edges[i].a] + 1;
    for (long v = 0; v < n; v++)
        if (depth[v] > longest)
            longest = depth[v];
    free(depth);
    return longest;
}
