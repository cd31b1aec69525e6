// The start below n with the longest Collatz chain, as start * 1000 + its number of steps.
static long long steps(long long n) {
  long long s = 0;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    s++;
  }
  return s;
}

long long kernel(int n) {
  long long best = 0, arg = 0;
  for (long long i = 1; i < n; i++) {
    long long c = steps(i);
    if (c > best) {
      best = c;
      arg = i;
    }
  }
  return arg * 1000 + best;
}
