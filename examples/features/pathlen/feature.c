#include <math.h>
#include <stddef.h>

struct point { double x, y; };

double pathlen(const struct point *points, size_t n)
{
    double total = 0;
    for (size_t i = 1; i < n; i++)
        total += hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    return total;
}
