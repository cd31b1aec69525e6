export function spiral(m: number[][]): number[] {
  const out: number[] = [];
  while (m.length) {
    out.push(...m[0]);
    const rest = m.slice(1);
    m = (rest[0] ?? []).map((_, j) => rest.map((row) => row[j])).reverse();
  }
  return out;
}
