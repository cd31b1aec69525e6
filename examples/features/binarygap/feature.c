int binarygap(long n)
{
    int best = 0, run = -1; /* -1 until the lowest 1 */
    for (; n > 0; n >>= 1) {
        if (n & 1) {
            if (run > best)
                best = run;
            run = 0;
        } else if (run >= 0) {
            run++;
        }
    }
    return best;
}
