#include <ctype.h>

int caesarkey(const char *s)
{
    int counts[26] = {0}, top = 0;
    for (; *s; s++)
        if (isalpha((unsigned char)*s))
            counts[tolower((unsigned char)*s) - 'a']++;
    for (int i = 1; i < 26; i++)
        if (counts[i] > counts[top])
            top = i;
    return (top + 22) % 26;
}
