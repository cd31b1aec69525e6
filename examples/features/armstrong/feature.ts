export function armstrong(n: number): boolean {
  const s = String(n);
  return [...s].reduce((sum, d) => sum + Number(d) ** s.length, 0) === n;
}
