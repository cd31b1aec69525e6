// n pseudo-random ints (the minimal standard generator) sorted ascending by the library sort; a
// polynomial hash of the sorted order.
#include <stdlib.h>

static int ascending(const void *p, const void *q) {
  long long a = *(const long long *)p, b = *(const long long *)q;
  return (a > b) - (a < b);
}

long long kernel(int n) {
  long long *xs = malloc(sizeof(long long) * n), x = 42;
  for (int i = 0; i < n; i++) xs[i] = x = x * 48271 % 2147483647;
  qsort(xs, n, sizeof(long long), ascending);
  long long h = 0;
  for (int i = 0; i < n; i++) h = (h * 31 + xs[i]) % 1000000007;
  free(xs);
  return h;
}
