#include <stdlib.h>
#include <string.h>

static const struct { int value; const char *symbol; } numerals[] = {
    {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
    {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
};

static int value(const char *s)
{
    int total = 0;
    for (size_t i = 0; i < sizeof numerals / sizeof *numerals; i++) {
        size_t len = strlen(numerals[i].symbol);
        for (; strncmp(s, numerals[i].symbol, len) == 0; s += len)
            total += numerals[i].value;
    }
    return total;
}

char *romanadd(const char *a, const char *b)
{
    int n = value(a) + value(b);
    char *out = calloc(16, 1);
    for (size_t i = 0; i < sizeof numerals / sizeof *numerals; i++)
        for (; n >= numerals[i].value; n -= numerals[i].value)
            strcat(out, numerals[i].symbol);
    return out;
}
