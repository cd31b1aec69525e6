#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *vigenere(const char *s, const char *key)
{
    size_t n = strlen(key), k = 0;
    char *out = strdup(s);
    for (char *p = out; *p; p++)
        if (isalpha((unsigned char)*p)) {
            char base = isupper((unsigned char)*p) ? 'A' : 'a';
            *p = (*p - base + key[k++ % n] - 'a') % 26 + base;
        }
    return out;
}
