// Fannkuch-redux: over all permutations of 0..n-1 (in the order the count vector walks them),
// flip the first p[0] + 1 elements until p[0] is 0; the alternating sum of flip counts * 100 +
// the most flips.
function flips(perm: Int32Array, p: Int32Array): i64 {
  p.set(perm);
  let f: i64 = 0;
  for (let k = p[0]; k != 0; k = p[0]) {
    for (let i = 0, j = k; i < j; i++, j--) {
      const t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    f++;
  }
  return f;
}

export function kernel(n: i32): i64 {
  const perm = new Int32Array(n), p = new Int32Array(n), count = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let checksum: i64 = 0, most: i64 = 0, index: i64 = 0, r = n, done = false;
  while (!done) {
    for (; r != 1; r--) count[r - 1] = r;
    const f = flips(perm, p);
    if (f > most) most = f;
    checksum += index % 2 == 0 ? f : -f;
    index++;
    // the next permutation: rotate the first r + 1 elements until a count is left
    for (;;) {
      if (r == n) {
        done = true; // AssemblyScript does not see that a return inside endless loops ends the function
        break;
      }
      const first = perm[0];
      for (let i = 0; i < r; i++) perm[i] = perm[i + 1];
      perm[r] = first;
      if (--count[r] > 0) break;
      r++;
    }
  }
  return checksum * 100 + most;
}
