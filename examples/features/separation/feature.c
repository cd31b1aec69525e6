#include <stdlib.h>
#include <string.h>

struct friendship { const char *a, *b; };

static int index_of(const char **names, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return -1;
}

int separation(const struct friendship *friends, size_t m, const char *a, const char *b)
{
    const char **names = malloc(2 * m * sizeof *names);
    int n = 0;
    for (size_t i = 0; i < m; i++) {
        if (index_of(names, n, friends[i].a) < 0)
            names[n++] = friends[i].a;
        if (index_of(names, n, friends[i].b) < 0)
            names[n++] = friends[i].b;
    }
    int from = index_of(names, n, a), to = index_of(names, n, b);
    if (from < 0 || to < 0) {
        free(names);
        return -1;
    }
    int (*edges)[2] = malloc(m * sizeof *edges);
    for (size_t i = 0; i < m; i++) {
        edges[i][0] = index_of(names, n, friends[i].a);
        edges[i][1] = index_of(names, n, friends[i].b);
    }
    int *dist = malloc(n * sizeof *dist), *queue = malloc(n * sizeof *queue), head = 0, tail = 0;
    for (int i = 0; i < n; i++)
        dist[i] = -1;
    dist[from] = 0;
    queue[tail++] = from;
    while (head < tail) {
        int x = queue[head++];
        for (size_t i = 0; i < m; i++)
            for (int side = 0; side < 2; side++) {
                int y = edges[i][1 - side];
                if (edges[i][side] == x && dist[y] < 0) {
                    dist[y] = dist[x] + 1;
                    queue[tail++] = y;
                }
            }
    }
    int result = dist[to];
    free(names);
    free(edges);
    free(dist);
    free(queue);
    return result;
}
