int hamming(const char *a, const char *b)
{
    int n = 0;
    for (; *a && *b; a++, b++)
        n += *a != *b;
    return n;
}
