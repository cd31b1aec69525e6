import { block } from "../../blocks/block.js";

const isqrt = (n: bigint) => { if (n < 2n) return n; let x = BigInt(Math.floor(Math.sqrt(Number(n)))); while (x * x > n) x--; while ((x + 1n) * (x + 1n) <= n) x++; return x; };

export default block({
  name: "issquare",
  aliases: ["isperfectsquare", "perfectsquare", "squareq"],
  sig: "(n: int) -> bool",
  doc: "whether n is a perfect square (0, 1, 4, 9, …), exactly for every int; false for every negative n",
  examples: [
    { code: "issquare(49)", result: "true" },
    { code: "issquare(50)", result: "false" },
  ],
  oracle: (n: bigint) => n >= 0n && isqrt(n) ** 2n === n,
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: 0n, max: 3037000499n }).chain((r: bigint) => gen.fc.constantFrom(r * r, r * r + 1n, r * r - 1n)))) },
});
