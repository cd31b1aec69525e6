#include <string.h>

char *longestpalin(const char *s)
{
    int n = strlen(s), start = 0, len = 0;
    /* centers on each character (c even) and between neighbours (c odd) */
    for (int c = 0; c < 2 * n - 1; c++) {
        int lo = c / 2, hi = lo + c % 2;
        while (lo >= 0 && hi < n && s[lo] == s[hi]) {
            lo--;
            hi++;
        }
        if (hi - lo - 1 > len) {
            start = lo + 1;
            len = hi - lo - 1;
        }
    }
    return strndup(s + start, len);
}
