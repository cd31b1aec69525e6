export function triangle(a: number, b: number, c: number): string {
  const [x, y, z] = [a, b, c].sort((p, q) => p - q);
  if (x + y <= z) return "invalid";
  return ["equilateral", "isosceles", "scalene"][new Set([a, b, c]).size - 1];
}
