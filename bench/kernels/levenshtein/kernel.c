// The Levenshtein distance between two texts (ASCII here, so a byte is a character), by dynamic
// programming over two rows.
#include <stdlib.h>

static int min3(int a, int b, int c) {
  int m = a < b ? a : b;
  return m < c ? m : c;
}

long long kernel(const unsigned char *a, int alen, const unsigned char *b, int blen) {
  int *prev = malloc(sizeof(int) * (blen + 1)), *cur = malloc(sizeof(int) * (blen + 1));
  for (int j = 0; j <= blen; j++) prev[j] = j;
  for (int i = 1; i <= alen; i++) {
    cur[0] = i;
    for (int j = 1; j <= blen; j++) cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]));
    int *t = prev;
    prev = cur;
    cur = t;
  }
  long long d = prev[blen];
  free(prev);
  free(cur);
  return d;
}
