import { block, Fault } from "../../blocks/block.js";
import { elem } from "./_m.js";

export default block({
  name: "grid",
  aliases: ["matrix", "full2d", "filled", "makegrid"],
  sig: "(r: int, c: int, x: T) -> [[T]]",
  types: { T: ["any"] },
  doc: "an r×c matrix with every entry x, each row its own array (so m[i][j] = v changes one entry, unlike Python's [[x] * c] * r); [] when r <= 0, rows of [] when c <= 0; faults memory above 2^28 rows or entries in a row",
  examples: [
    { code: "grid(2, 3, 0)", result: "[[0, 0, 0], [0, 0, 0]]" },
  ],
  oracle: (r: bigint, c: bigint, x: any) => {
    if (r > 1n << 28n || (r > 0n && c > 1n << 28n)) throw new Fault("memory");
    return Array.from({ length: r > 0n ? Number(r) : 0 }, () => Array(c > 0n ? Number(c) : 0).fill(x));
  },
  test: { args: (gen, t) => gen.fc.tuple(gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: -2n, max: 6n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(2n ** 28n + 1n, -(2n ** 63n)) }), gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: -2n, max: 6n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(2n ** 28n + 1n) }), elem(gen, t)) },
});
