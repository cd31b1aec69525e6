export function suffixed(n: number): string {
  const suffix = (n % 100 >= 11 && n % 100 <= 13) || n % 10 > 3 ? "th" : ["th", "st", "nd", "rd"][n % 10];
  return `${n}${suffix}`;
}
