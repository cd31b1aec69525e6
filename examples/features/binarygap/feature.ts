export function binarygap(n: number): number {
  return Math.max(0, ...n.toString(2).replace(/0+$/, "").split("1").map((zeros) => zeros.length));
}
