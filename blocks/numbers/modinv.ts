import { block, Fault } from "../block.js";

export default block({
  name: "modinv",
  aliases: ["invmod", "modinverse"],
  sig: "(a: int, m: int) -> int",
  doc: "the inverse x of a modulo m: a*x = 1 (mod m) with x in [0, m), by the extended Euclidean algorithm (Python's pow(a, -1, m)); modinv(a, 1) is 0; faults with argument when m < 1 or when a and m are not coprime (no inverse)",
  examples: [
    { code: "modinv(3, 11)", result: "4" },
    { code: "modinv(-2, 7)", result: "3" },
  ],
  oracle: (a: bigint, m: bigint) => {
    if (m < 1n) throw new Fault("argument");
    if (m === 1n) return 0n;
    let r0 = ((a % m) + m) % m, r1 = m, s0 = 1n, s1 = 0n;
    while (r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [s0, s1] = [s1, s0 - q * s1];
    }
    if (r0 !== 1n) throw new Fault("argument");
    return ((s0 % m) + m) % m;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      return fc.tuple(gen.int, fc.oneof(gen.int, fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }), fc.constantFrom(2n ** 61n - 1n, 1000000007n, 2n ** 63n - 25n, 97n)));
    },
  },
});
