#include <stdio.h>
#include <stdlib.h>

char **fizzbuzz(int n, size_t *len)
{
    char **out = malloc(n * sizeof *out);
    for (int i = 1; i <= n; i++) {
        out[i - 1] = malloc(12);
        if (i % 15 == 0) snprintf(out[i - 1], 12, "FizzBuzz");
        else if (i % 3 == 0) snprintf(out[i - 1], 12, "Fizz");
        else if (i % 5 == 0) snprintf(out[i - 1], 12, "Buzz");
        else snprintf(out[i - 1], 12, "%d", i);
    }
    *len = n;
    return out;
}
