int ean13(const char *digits)
{
    int total = 0;
    for (int i = 0; digits[i]; i++)
        total += (digits[i] - '0') * (i % 2 ? 3 : 1);
    return (10 - total % 10) % 10;
}
