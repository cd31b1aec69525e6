import { block } from "../../blocks/block.js";
import { idx, seq } from "../../blocks/sequences/_args.js";
import { bound } from "../../blocks/sequences/_util.js";

export default block({
  name: "splitat",
  aliases: ["split_at", "splitindex", "cutat"],
  sig: ["(xs: [T], i: int) -> ([T], [T])", "(s: str, i: int) -> (str, str)"],
  types: { T: ["any"] },
  doc: "(xs[:i], xs[i:]): the elements (or code points of a string) before index i and from i on, Python-style: a negative i counts from the end, and i is clamped to 0..len",
  examples: [
    { code: "[1, 2, 3, 4].splitat(1)", result: "([1], [2, 3, 4])" },
    { code: "\"hello\".splitat(-2)", result: "(\"hel\", \"lo\")" },
  ],
  oracle: (xs: any, i: bigint) => {
    const a = typeof xs === "string" ? Array.from(xs) : xs;
    const k = bound(i, a.length);
    return typeof xs === "string" ? [a.slice(0, k).join(""), a.slice(k).join("")] : [a.slice(0, k), a.slice(k)];
  },
  test: { args: (gen, t, k) => gen.fc.tuple(seq(gen, t, k), idx(gen)) },
});
