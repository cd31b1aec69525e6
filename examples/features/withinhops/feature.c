#include <stdlib.h>

struct edge { long a, b; };

int withinhops(long n, const struct edge *edges, size_t m, long start, long k)
{
    long *dist = malloc(n * sizeof *dist);
    for (long v = 0; v < n; v++)
        dist[v] = -1;
    dist[start] = 0;
    int count = 0;
    for (long hop = 0; hop < k; hop++)
        for (size_t i = 0; i < m; i++) {
            long a = edges[i].a, b = edges[i].b;
            if (dist[a] == hop && dist[b] < 0)
                dist[b] = hop + 1, count++;
            if (dist[b] == hop && dist[a] < 0)
                dist[a] = hop + 1, count++;
        }
    free(dist);
    return count;
}
