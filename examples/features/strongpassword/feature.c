#include <ctype.h>
#include <stdbool.h>
#include <string.h>

bool strongpassword(const char *s)
{
    bool lower = false, upper = false, digit = false, symbol = false;
    for (const char *p = s; *p; p++) {
        unsigned char c = *p;
        lower |= islower(c);
        upper |= isupper(c);
        digit |= isdigit(c);
        symbol |= !isalnum(c);
    }
    return strlen(s) >= 8 && lower && upper && digit && symbol;
}
