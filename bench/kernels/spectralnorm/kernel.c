// The spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1) cut to
// n×n, by 10 rounds of the power method on AᵀA; the norm * 1e9.
#include <math.h>
#include <stdlib.h>

static double a(long long i, long long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

// out = A·u
static void au(const double *u, double *out, int n) {
  for (int i = 0; i < n; i++) {
    double s = 0;
    for (int j = 0; j < n; j++) s += a(i, j) * u[j];
    out[i] = s;
  }
}

// out = Aᵀ·u
static void atu(const double *u, double *out, int n) {
  for (int i = 0; i < n; i++) {
    double s = 0;
    for (int j = 0; j < n; j++) s += a(j, i) * u[j];
    out[i] = s;
  }
}

long long kernel(int n) {
  double *u = malloc(sizeof(double) * n), *v = calloc(n, sizeof(double)), *w = calloc(n, sizeof(double));
  for (int i = 0; i < n; i++) u[i] = 1;
  for (int r = 0; r < 10; r++) {
    au(u, w, n);
    atu(w, v, n);
    au(v, w, n);
    atu(w, u, n);
  }
  double vbv = 0, vv = 0;
  for (int i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  free(u);
  free(v);
  free(w);
  return (long long)(sqrt(vbv / vv) * 1e9);
}
