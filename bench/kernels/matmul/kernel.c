// The product of two n×n matrices of floats, by three loops; a weighted sum of its entries.
// The entries are small whole numbers, so every sum is exact whatever order it is taken in.
#include <stdlib.h>

long long kernel(int n) {
  double *a = malloc(sizeof(double) * n * n), *b = malloc(sizeof(double) * n * n), *c = malloc(sizeof(double) * n * n);
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) {
      a[i * n + j] = (i * j + i + j) % 10;
      b[i * n + j] = (i + 2 * j) % 7;
    }
  }
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
      c[i * n + j] = s;
    }
  }
  double total = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) total += c[i * n + j] * ((i + 2 * j) % 5 + 1);
  free(a);
  free(b);
  free(c);
  return (long long)total;
}
