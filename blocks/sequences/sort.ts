import { block } from "../block.js";
import { sorted } from "./_util.js";

export default block({
  name: "sort",
  aliases: ["sorted"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float", "str", "bool", "byte"] },
  doc: "the elements in ascending order, stable (equal elements keep their order, so -0.0 and 0.0 stay as they were); floats put NaN last; strings compare by code point; false before true",
  examples: [
    { code: "[3, 1, 2].sort", result: "[1, 2, 3]" },
    { code: "[2.5, -1.0, 0.5].sort", result: "[-1.0, 0.5, 2.5]" },
    { code: "[\"pear\", \"Apple\", \"fig\"].sort", result: "[\"Apple\", \"fig\", \"pear\"]" },
  ],
  oracle: (xs: any[]) => sorted(xs),
  test: {
    // beyond the standard cases: long arrays, which take the merge and radix paths
    args: (gen, t) => {
      const fc = gen.fc;
      const el = t.T === "int" ? fc.oneof(gen.int, gen.small) : t.T === "float" ? gen.float : t.T === "str" ? gen.str : t.T === "byte" ? gen.byte : gen.bool;
      return fc.tuple(fc.oneof({ weight: 3, arbitrary: gen.array(el) }, { weight: 2, arbitrary: fc.array(el, { maxLength: 400 }) }));
    },
  },
});
