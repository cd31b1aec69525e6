// The Levenshtein distance between two texts, by dynamic programming over two rows.
export function kernel(a: string, b: string): i64 {
  let prev = new Int32Array(b.length + 1), cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const x = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = x == b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = min(min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}
