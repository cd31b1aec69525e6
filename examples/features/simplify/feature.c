#include <stdlib.h>

struct fraction { long num, den; };

struct fraction simplify(long num, long den)
{
    long a = labs(num), b = labs(den);
    while (b) {
        long t = a % b;
        a = b;
        b = t;
    }
    if (den < 0)
        a = -a;
    return (struct fraction){num / a, den / a};
}
