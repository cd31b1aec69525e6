#include <stdio.h>
#include <stdlib.h>

char *addminutes(const char *t, long m)
{
    int h, mm;
    sscanf(t, "%d:%d", &h, &mm);
    long total = ((h * 60 + mm + m) % 1440 + 1440) % 1440;
    char *out = malloc(6);
    snprintf(out, 6, "%02ld:%02ld", total / 60, total % 60);
    return out;
}
