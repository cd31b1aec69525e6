#include <stdbool.h>
#include <stdlib.h>

struct edge { long a, b; };

static long root(const long *parent, long v)
{
    while (parent[v] != v)
        v = parent[v];
    return v;
}

bool istree(long n, const struct edge *edges, size_t m)
{
    long *parent = malloc(n * sizeof *parent);
    for (long v = 0; v < n; v++)
        parent[v] = v;
    bool acyclic = true;
    for (size_t i = 0; i < m && acyclic; i++) {
        long ra = root(parent, edges[i].a), rb = root(parent, edges[i].b);
        acyclic = ra != rb;
        parent[ra] = rb;
    }
    free(parent);
    return acyclic && m == (size_t)n - 1;
}
