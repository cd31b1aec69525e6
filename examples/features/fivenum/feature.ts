export function fivenum(xs: number[]): [number, number, number, number, number] {
  const s = [...xs].sort((a, b) => a - b);
  const quantile = (p: number) => {
    const i = p * (s.length - 1);
    const lo = Math.floor(i);
    return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
  };
  return [s[0], quantile(0.25), quantile(0.5), quantile(0.75), s[s.length - 1]];
}
