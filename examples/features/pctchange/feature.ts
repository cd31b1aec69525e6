export function pctchange(xs: number[]): number[] {
  return xs.slice(1).map((b, i) => ((b - xs[i]) / xs[i]) * 100);
}
