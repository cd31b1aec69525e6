import { block } from "../block.js";

export default block({
  name: "byte",
  aliases: ["tobyte", "u8", "uint8"],
  sig: "(n: int) -> byte",
  doc: "n as a byte: n modulo 256, in 0..255, as storing into a Uint8Array keeps it (256 is 0, -1 is 255); the one way an int becomes a byte",
  examples: [
    { code: "65.byte", result: "65" },
    { code: "300.byte", result: "44" },
    { code: "(-1).byte", result: "255" },
  ],
  oracle: (n: bigint) => Number(BigInt.asUintN(8, n)),
  test: {
    args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: -300n, max: 600n }), gen.fc.constantFrom(0n, 255n, 256n, -1n, -256n, -257n, 2n ** 63n - 1n, -(2n ** 63n)))),
  },
});
