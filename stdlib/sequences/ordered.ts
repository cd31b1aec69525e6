import { block } from "../../blocks/block.js";
import { order } from "../../blocks/sequences/_util.js";
import { dupElem } from "./_gen.js";

export default block({
  name: "ordered",
  aliases: ["sortpair", "minmaxpair", "sortedpair", "orderpair"],
  sig: "(p: (T, T)) -> (T, T)",
  types: { T: ["int", "float", "str"] },
  doc: "the pair with its smaller value first: (b, a) when b < a, else (a, b) unchanged (so a NaN leaves it as it is); a key for unordered pairs: (2, 1) and (1, 2) both give (1, 2)",
  examples: [
    { code: "(5, 2).ordered", result: "(2, 5)" },
    { code: "(\"a\", \"b\").ordered", result: "(\"a\", \"b\")" },
  ],
  oracle: (p: any[], t: any) => (t.T === "float" ? (p[1] < p[0] ? [p[1], p[0]] : p) : order(p[1], p[0]) < 0 ? [p[1], p[0]] : p),
  test: { args: (gen, t) => gen.fc.tuple(gen.fc.tuple(dupElem(gen, t.T), dupElem(gen, t.T))) },
});
