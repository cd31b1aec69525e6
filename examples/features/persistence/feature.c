int persistence(long n)
{
    int steps = 0;
    for (; n > 9; steps++) {
        long product = 1;
        for (; n > 0; n /= 10)
            product *= n % 10;
        n = product;
    }
    return steps;
}
