// How many primes are at most n: the sieve of Eratosthenes over an array of flags.
#include <stdlib.h>

long long kernel(int n) {
  char *composite = calloc(n + 1, 1);
  long long count = 0;
  for (long long i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (long long j = i * i; j <= n; j += i) composite[j] = 1;
  }
  free(composite);
  return count;
}
