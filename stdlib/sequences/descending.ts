import { block } from "../../blocks/block.js";
import ascending from "../../blocks/sequences/ascending.js";

export default block({
  name: "descending",
  aliases: ["issorteddesc", "nonincreasing", "decreasing"],
  sig: "(xs: [T]) -> bool",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether the elements are in non-increasing order (equal neighbours allowed; NaN counts as largest, as in sort, so it may only come first); true when there are fewer than two",
  examples: [
    { code: "[5, 2, 2, 1].descending", result: "true" },
    { code: "[1, 2].descending", result: "false" },
  ],
  oracle: (xs: any[], t) => ascending.oracle([...xs].reverse(), t) as boolean,
  test: { args: (gen, t, k) => ascending.test!.args!(gen, t, k).map(([xs]: [any[]]) => [[...xs].reverse()]) },
});
