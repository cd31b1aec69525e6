export function isbn10(s: string): boolean {
  const cs = s.replace(/-/g, "");
  if (!/^\d{9}[\dX]$/.test(cs)) return false;
  return [...cs].reduce((sum, c, i) => sum + (10 - i) * (c === "X" ? 10 : Number(c)), 0) % 11 === 0;
}
