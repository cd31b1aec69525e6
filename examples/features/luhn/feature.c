#include <stdbool.h>
#include <string.h>

bool luhn(const char *number)
{
    int total = 0, count = 0;
    for (size_t i = strlen(number); i-- > 0;) {
        if (number[i] == ' ')
            continue;
        int d = number[i] - '0';
        if (count++ % 2 == 1)
            d = d > 4 ? d * 2 - 9 : d * 2;
        total += d;
    }
    return count > 1 && total % 10 == 0;
}
