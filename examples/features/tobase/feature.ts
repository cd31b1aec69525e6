export function tobase(n: number, b: number): string {
  return n.toString(b);
}
