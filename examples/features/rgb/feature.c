#include <stdio.h>

struct rgb { unsigned r, g, b; };

struct rgb rgb(const char *color)
{
    struct rgb c = {0, 0, 0};
    sscanf(color, "#%2x%2x%2x", &c.r, &c.g, &c.b);
    return c;
}
