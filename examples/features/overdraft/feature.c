#include <stddef.h>

long overdraft(const long *amounts, size_t n)
{
    long balance = 0;
    for (size_t i = 0; i < n; i++) {
        balance += amounts[i];
        if (balance < 0)
            return i;
    }
    return -1;
}
