import { block, Fault } from "../block.js";

const LIMIT = 2n ** 31n - 1n;

export default block({
  name: "unrle",
  aliases: ["runlength_decode", "rld", "expand_runs"],
  sig: "(runs: [(str, int)]) -> str",
  doc: "run-length decoding: each string repeated its count times, all concatenated (the inverse of rle); faults (argument) on a negative count, (memory) when the result does not fit in memory (always past 2^31 - 1 bytes); \"\" for []",
  examples: [
    { code: "[(\"a\", 3), (\"b\", 1), (\"c\", 2)].unrle", result: "aaabcc" },
    { code: "[(\"ab\", 2), (\"-\", 0), (\"é\", 1)].unrle", result: "ababé" },
  ],
  oracle: (runs: [string, bigint][]) => {
    if (runs.some(([, c]) => c < 0n)) throw new Fault("argument");
    const total = runs.reduce((t, [s, c]) => t + BigInt(Buffer.byteLength(s, "utf8")) * c, 0n);
    if (total > LIMIT) throw new Fault("memory");
    return runs.map(([s, c]) => s.repeat(Number(c))).join("");
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const count = fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: 6 }).map(BigInt) },
        { weight: 1, arbitrary: fc.integer({ min: 20, max: 300 }).map(BigInt) },
        { weight: 1, arbitrary: fc.constantFrom(-1n, -2n, -(2n ** 63n)) },
        { weight: 1, arbitrary: fc.constantFrom(2n ** 31n, 2n ** 40n, 2n ** 62n, 2n ** 63n - 1n) },
      );
      return fc.tuple(gen.array(fc.tuple(fc.oneof(gen.str, fc.constantFrom("", "a", "é", "😀")), count), 12));
    },
  },
});
