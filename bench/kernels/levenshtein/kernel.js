// The Levenshtein distance between two texts, by dynamic programming over two rows.
export function kernel(a, b) {
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const x = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = x === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
