// Fannkuch-redux: over all permutations of 0..n-1 (in the order the count vector walks them),
// flip the first p[0] + 1 elements until p[0] is 0; the alternating sum of flip counts * 100 +
// the most flips.
function flips(perm, p) {
  p.set(perm);
  let f = 0;
  for (let k = p[0]; k !== 0; k = p[0]) {
    for (let i = 0, j = k; i < j; i++, j--) {
      const t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    f++;
  }
  return f;
}

export function kernel(n) {
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const p = new Int32Array(n), count = new Int32Array(n);
  let checksum = 0, most = 0, index = 0, r = n;
  for (;;) {
    for (; r !== 1; r--) count[r - 1] = r;
    const f = flips(perm, p);
    most = Math.max(most, f);
    checksum += index % 2 === 0 ? f : -f;
    index++;
    // the next permutation: rotate the first r + 1 elements until a count is left
    for (;;) {
      if (r === n) return checksum * 100 + most;
      const first = perm[0];
      for (let i = 0; i < r; i++) perm[i] = perm[i + 1];
      perm[r] = first;
      if (--count[r] > 0) break;
      r++;
    }
  }
}
