long decodings(const char *s)
{
    long prev = 0, ways = 1;
    for (int i = 0; s[i]; i++) {
        int pair = i > 0 ? (s[i - 1] - '0') * 10 + s[i] - '0' : 0;
        long next = (s[i] != '0' ? ways : 0) + (pair >= 10 && pair <= 26 ? prev : 0);
        prev = ways;
        ways = next;
    }
    return ways;
}
