export function workdays(a: string, b: string): number {
  let count = 0;
  for (let t = Date.parse(a); t <= Date.parse(b); t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) count++;
  }
  return count;
}
