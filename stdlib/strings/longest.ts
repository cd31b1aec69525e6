import { block, Fault } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";

const size = (x: any) => (typeof x === "string" ? Array.from(x).length : x.length);

export default block({
  name: "longest",
  aliases: ["maxlen", "longestword", "maxbylen"],
  sig: ["(xs: [str]) -> str", "(xs: [[T]]) -> [T]"],
  types: { T: ["any"] },
  doc: "the first string (by code points) or array with the most elements, faulting (empty) on []; the same as xs.maxby(_.len) (xs.minby(_.len) finds the shortest)",
  examples: [
    { code: "[\"a\", \"abc\", \"xyz\"].longest", result: "abc" },
    { code: "[[1], [2, 3]].longest", result: "[2, 3]" },
  ],
  oracle: (xs: any[]) => {
    if (!xs.length) throw new Fault("empty");
    return xs.reduce((best, x) => (size(x) > size(best) ? x : best));
  },
  test: { args: (gen, t, k) => gen.fc.tuple(k === 0 ? gen.array(gen.str, 8) : gen.array(arr(gen, t, 4), 6)) },
});
