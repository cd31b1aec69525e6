#include <stdio.h>
#include <stdlib.h>

char *hms(long seconds)
{
    char *out = malloc(32);
    snprintf(out, 32, "%ld:%02ld:%02ld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return out;
}
