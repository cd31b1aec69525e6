export function minpath(m: number[][]): number {
  const best = [...m[0]];
  for (let j = 1; j < best.length; j++) best[j] += best[j - 1];
  for (const row of m.slice(1)) {
    best[0] += row[0];
    for (let j = 1; j < row.length; j++) best[j] = Math.min(best[j], best[j - 1]) + row[j];
  }
  return best[best.length - 1];
}
