// The spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1) cut to
// n×n, by 10 rounds of the power method on AᵀA; the norm * 1e9.
function a(i, j) {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

// out = A·u
function au(u, out) {
  for (let i = 0; i < u.length; i++) {
    let s = 0;
    for (let j = 0; j < u.length; j++) s += a(i, j) * u[j];
    out[i] = s;
  }
}

// out = Aᵀ·u
function atu(u, out) {
  for (let i = 0; i < u.length; i++) {
    let s = 0;
    for (let j = 0; j < u.length; j++) s += a(j, i) * u[j];
    out[i] = s;
  }
}

export function kernel(n) {
  const u = new Float64Array(n).fill(1), v = new Float64Array(n), w = new Float64Array(n);
  for (let r = 0; r < 10; r++) {
    au(u, w);
    atu(w, v);
    au(v, w);
    atu(w, u);
  }
  let vbv = 0, vv = 0;
  for (let i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.trunc(Math.sqrt(vbv / vv) * 1e9);
}
