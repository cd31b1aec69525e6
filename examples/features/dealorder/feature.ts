export function dealorder(n: number, seed: number): number[] {
  const xs = [...Array(n).keys()];
  let x = BigInt(seed);
  for (let i = n - 1; i > 0; i--) {
    x ^= x >> 12n;
    x ^= BigInt.asUintN(64, x << 25n);
    x ^= x >> 27n;
    const j = Number((BigInt.asUintN(64, x * 0x2545f4914f6cdd1dn) >> 1n) % BigInt(i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
