import { block, Fault } from "../block.js";
import { LIMIT, bytes } from "./_util.js";
import { count, seq } from "./_args.js";

export default block({
  name: "repeat",
  aliases: ["tile"],
  sig: ["(xs: [T], n: int) -> [T]", "(s: str, n: int) -> str"],
  types: { T: ["any"] },
  doc: "the array (or string) repeated n times end to end; empty when n <= 0; faults memory above 2^28 elements (string bytes)",
  examples: [
    { code: "[1, 2].repeat(3)", result: "[1, 2, 1, 2, 1, 2]" },
    { code: "\"ab\".repeat(2)", result: "abab" },
  ],
  oracle: (xs: any[] | string, n: bigint) => {
    const size = BigInt(typeof xs === "string" ? bytes(xs) : xs.length);
    if (n <= 0n || size === 0n) return typeof xs === "string" ? "" : [];
    if (n > LIMIT || size * n > LIMIT) throw new Fault("memory");
    return typeof xs === "string" ? xs.repeat(Number(n)) : Array.from({ length: Number(n) }, () => xs).flat();
  },
  test: { args: (gen, t, o) => gen.fc.tuple(seq(gen, t, o), count(gen)) },
});
