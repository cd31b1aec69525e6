#include <ctype.h>
#include <stdbool.h>
#include <string.h>

bool palindrome(const char *s)
{
    size_t i = 0, j = strlen(s);
    while (i < j) {
        if (!isalnum((unsigned char)s[i]))
            i++;
        else if (!isalnum((unsigned char)s[j - 1]))
            j--;
        else if (tolower((unsigned char)s[i++]) != tolower((unsigned char)s[--j]))
            return false;
    }
    return true;
}
