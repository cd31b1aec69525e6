#include <string.h>

static void swap(long *a, long *b)
{
    long t = *a;
    *a = *b;
    *b = t;
}

void nextperm(const long *xs, size_t n, long *out)
{
    memcpy(out, xs, n * sizeof *out);
    /* out[i..n) is the longest non-increasing tail; the element before it, if any, is the pivot */
    size_t i = n > 0 ? n - 1 : 0;
    while (i > 0 && out[i - 1] >= out[i])
        i--;
    if (i > 0) {
        size_t j = n - 1;
        while (out[j] <= out[i - 1])
            j--;
        swap(&out[i - 1], &out[j]);
    }
    for (size_t j = n; i + 1 < j; i++, j--)
        swap(&out[i], &out[j - 1]);
}
