export function knearest(xs: number[], x: number, k: number): number[] {
  return [...xs].sort((a, b) => Math.abs(a - x) - Math.abs(b - x) || a - b).slice(0, k);
}
