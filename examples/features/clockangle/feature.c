#include <math.h>

double clockangle(int h, int m)
{
    double d = fabs(30 * (h % 12) - 5.5 * m);
    return fmin(d, 360 - d);
}
