#include <stdio.h>

int age(const char *born, const char *today)
{
    int by, bm, bd, ty, tm, td;
    sscanf(born, "%d-%d-%d", &by, &bm, &bd);
    sscanf(today, "%d-%d-%d", &ty, &tm, &td);
    return ty - by - (tm < bm || (tm == bm && td < bd));
}
