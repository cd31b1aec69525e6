export function nthweekday(y: number, m: number, wd: number, k: number): number {
  const first = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  return 1 + ((wd - first + 7) % 7) + 7 * (k - 1);
}
