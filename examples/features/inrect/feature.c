#include <math.h>
#include <stddef.h>

struct point { double x, y; };

int inrect(const struct point *ps, size_t n, struct point a, struct point b)
{
    int count = 0;
    for (size_t i = 0; i < n; i++)
        count += fmin(a.x, b.x) <= ps[i].x && ps[i].x <= fmax(a.x, b.x)
              && fmin(a.y, b.y) <= ps[i].y && ps[i].y <= fmax(a.y, b.y);
    return count;
}
