// The product of two n×n matrices of floats, by three loops; a weighted sum of its entries.
// The entries are small whole numbers, so every sum is exact whatever order it is taken in.
export function kernel(n: i32): i64 {
  const a = new Float64Array(n * n), b = new Float64Array(n * n), c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      a[i * n + j] = (i * j + i + j) % 10;
      b[i * n + j] = (i + 2 * j) % 7;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0.0;
      for (let k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
      c[i * n + j] = s;
    }
  }
  let total = 0.0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) total += c[i * n + j] * ((i + 2 * j) % 5 + 1);
  return <i64>total;
}
