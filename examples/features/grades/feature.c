#include <stddef.h>

void grades(const int *scores, size_t n, const char **out)
{
    for (size_t i = 0; i < n; i++)
        out[i] = scores[i] >= 90 ? "A" : scores[i] >= 80 ? "B" : scores[i] >= 70 ? "C" : scores[i] >= 60 ? "D" : "F";
}
