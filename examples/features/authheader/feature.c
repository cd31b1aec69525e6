#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *authheader(const char *user, const char *password)
{
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t n = strlen(user) + 1 + strlen(password);
    unsigned char *in = malloc(n + 1);
    sprintf((char *)in, "%s:%s", user, password);
    char *out = malloc(6 + (n + 2) / 3 * 4 + 1), *p = out + 6;
    memcpy(out, "Basic ", 6);
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        *p++ = digits[v >> 18 & 63];
        *p++ = digits[v >> 12 & 63];
        *p++ = i + 1 < n ? digits[v >> 6 & 63] : '=';
        *p++ = i + 2 < n ? digits[v & 63] : '=';
    }
    *p = '\0';
    free(in);
    return out;
}
