export function fletcher16(s: string): number {
  let a = 0;
  let b = 0;
  for (const byte of new TextEncoder().encode(s)) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return (b << 8) | a;
}
