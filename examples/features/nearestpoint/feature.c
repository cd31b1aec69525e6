#include <math.h>
#include <stddef.h>

struct point { double x, y; };

size_t nearestpoint(const struct point *ps, size_t n, struct point q)
{
    size_t best = 0;
    for (size_t i = 1; i < n; i++)
        if (hypot(ps[i].x - q.x, ps[i].y - q.y) < hypot(ps[best].x - q.x, ps[best].y - q.y))
            best = i;
    return best;
}
