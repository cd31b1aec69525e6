export function outliers(xs: number[]): number[] {
  const s = [...xs].sort((a, b) => a - b);
  const quantile = (p: number) => {
    const i = p * (s.length - 1);
    const lo = Math.floor(i);
    return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
  };
  const q1 = quantile(0.25), q3 = quantile(0.75), k = 1.5 * (q3 - q1);
  return xs.filter((x) => x < q1 - k || x > q3 + k);
}
