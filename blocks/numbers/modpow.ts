import { block, Fault } from "../block.js";

export function modpowBig(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n % m;
  b = ((b % m) + m) % m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

export default block({
  name: "modpow",
  aliases: ["powmod"],
  sig: "(b: int, e: int, m: int) -> int",
  doc: "b^e mod m, exact for all ints (128-bit intermediate products), in [0, m) even for negative b (Python's pow(b, e, m)); modpow(b, 0, m) is 1 mod m; faults with argument when m < 1 or e < 0",
  examples: [
    { code: "modpow(2, 10, 1000)", result: "24" },
    { code: "modpow(-3, 3, 7)", result: "1" },
  ],
  oracle: (b: bigint, e: bigint, m: bigint) => {
    if (m < 1n || e < 0n) throw new Fault("argument");
    return modpowBig(b, e, m);
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const mod = fc.oneof(gen.int, fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }), fc.bigInt({ min: 1n, max: 2n ** 32n }), fc.bigInt({ min: 2n ** 62n, max: 2n ** 63n - 1n }));
      return fc.tuple(gen.int, fc.oneof(gen.int, gen.nat(100)), mod);
    },
  },
});
