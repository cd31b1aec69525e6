#include <ctype.h>
#include <stdbool.h>

bool pangram(const char *s)
{
    unsigned long seen = 0;
    for (; *s; s++)
        if (isalpha((unsigned char)*s))
            seen |= 1ul << (tolower((unsigned char)*s) - 'a');
    return seen == (1ul << 26) - 1;
}
