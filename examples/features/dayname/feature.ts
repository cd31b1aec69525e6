export function dayname(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  return date.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
}
