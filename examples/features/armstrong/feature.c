#include <stdbool.h>

bool armstrong(long n)
{
    int k = 1;
    for (long m = n; m >= 10; m /= 10)
        k++;
    long sum = 0;
    for (long m = n; m > 0; m /= 10) {
        long power = 1;
        for (int i = 0; i < k; i++)
            power *= m % 10;
        sum += power;
    }
    return sum == n;
}
