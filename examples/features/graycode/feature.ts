export function graycode(bits: number): number[] {
  return Array.from({ length: 2 ** bits }, (_, i) => i ^ (i >> 1));
}
