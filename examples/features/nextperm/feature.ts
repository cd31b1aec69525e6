export function nextperm(xs: number[]): number[] {
  const p = [...xs];
  let i = p.length - 2;
  while (i >= 0 && p[i] >= p[i + 1]) i--;
  if (i >= 0) {
    let j = p.length - 1;
    while (p[j] <= p[i]) j--;
    [p[i], p[j]] = [p[j], p[i]];
  }
  return [...p.slice(0, i + 1), ...p.slice(i + 1).reverse()];
}
