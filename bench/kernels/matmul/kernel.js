// The product of two n×n matrices of floats, by three loops; a weighted sum of its entries.
// The entries are small whole numbers, so every sum is exact whatever order it is taken in.
function matrix(n, entry) {
  return Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => entry(i, j)));
}

export function kernel(n) {
  const a = matrix(n, (i, j) => (i * j + i + j) % 10);
  const b = matrix(n, (i, j) => (i + 2 * j) % 7);
  const c = matrix(n, () => 0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[i][k] * b[k][j];
      c[i][j] = s;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) total += c[i][j] * ((i + 2 * j) % 5 + 1);
  return Math.trunc(total);
}
