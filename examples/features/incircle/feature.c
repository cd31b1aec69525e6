#include <math.h>
#include <stddef.h>

struct point { double x, y; };

int incircle(const struct point *points, size_t n, struct point center, double r)
{
    int count = 0;
    for (size_t i = 0; i < n; i++)
        count += hypot(points[i].x - center.x, points[i].y - center.y) <= r;
    return count;
}
