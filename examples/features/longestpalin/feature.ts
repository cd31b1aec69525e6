export function longestpalin(s: string): string {
  let best = "";
  for (let i = 0; i < s.length; i++) {
    for (let j = i + best.length + 1; j <= s.length; j++) {
      const t = s.slice(i, j);
      if (t === [...t].reverse().join("")) best = t;
    }
  }
  return best;
}
