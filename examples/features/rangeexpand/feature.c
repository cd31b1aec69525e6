#include <stdlib.h>

long *rangeexpand(const char *s, size_t *len)
{
    long *out = NULL;
    size_t cap = 0;
    *len = 0;
    for (char *end;; s = end + 1) {
        long lo = strtol(s, &end, 10), hi = lo;
        if (*end == '-')
            hi = strtol(end + 1, &end, 10);
        for (long v = lo; v <= hi; v++) {
            if (*len == cap)
                out = realloc(out, (cap = cap * 2 + 8) * sizeof *out);
            out[(*len)++] = v;
        }
        if (*end != ',')
            return out;
    }
}
