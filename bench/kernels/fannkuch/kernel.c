// Fannkuch-redux: over all permutations of 0..n-1 (in the order the count vector walks them),
// flip the first p[0] + 1 elements until p[0] is 0; the alternating sum of flip counts * 100 +
// the most flips.
#include <string.h>

#define MAX 16

static int flips(const int *perm, int *p, int n) {
  memcpy(p, perm, sizeof(int) * n);
  int f = 0;
  for (int k = p[0]; k != 0; k = p[0]) {
    for (int i = 0, j = k; i < j; i++, j--) {
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    f++;
  }
  return f;
}

long long kernel(int n) {
  int perm[MAX], p[MAX], count[MAX];
  long long checksum = 0, most = 0, index = 0;
  int r = n;
  if (n < 1 || n > MAX) return -1;
  for (int i = 0; i < n; i++) perm[i] = i;
  for (;;) {
    for (; r != 1; r--) count[r - 1] = r;
    int f = flips(perm, p, n);
    if (f > most) most = f;
    checksum += index % 2 == 0 ? f : -f;
    index++;
    // the next permutation: rotate the first r + 1 elements until a count is left
    for (;;) {
      if (r == n) return checksum * 100 + most;
      int first = perm[0];
      for (int i = 0; i < r; i++) perm[i] = perm[i + 1];
      perm[r] = first;
      if (--count[r] > 0) break;
      r++;
    }
  }
}
