#include <stdbool.h>
#include <stddef.h>

struct point { double x, y; };

bool isconvex(const struct point *ps, size_t n)
{
    bool left = false, right = false;
    for (size_t i = 0; i < n; i++) {
        struct point o = ps[i], a = ps[(i + 1) % n], b = ps[(i + 2) % n];
        double turn = (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
        left |= turn > 0;
        right |= turn < 0;
    }
    return !(left && right);
}
