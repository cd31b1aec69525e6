const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

export function simplify(num: number, den: number): [number, number] {
  const g = gcd(num, den) * Math.sign(den);
  return [num / g, den / g];
}
