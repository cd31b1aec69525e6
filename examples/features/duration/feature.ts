export function duration(s: string): number {
  const seconds: Record<string, number> = { h: 3600, m: 60, s: 1 };
  return [...s.matchAll(/(\d+)([hms])/g)].reduce((total, [, n, unit]) => total + Number(n) * seconds[unit], 0);
}
