import { block } from "../../blocks/block.js";

export default block({
  name: "argwhere",
  aliases: ["locateall", "findindexes", "indexeswhere", "flatnonzero"],
  sig: "(xs: [T], f: T => bool) -> [int]",
  types: { T: ["any"] },
  doc: "the indexes of every element for which f is true, ascending (NumPy's flatnonzero of a mask; positions finds equal elements); [] when there are none",
  examples: [
    { code: "[1, 4, 6, 7].argwhere(_ % 2 == 0)", result: "[1, 2]" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => xs.flatMap((x, i) => (f(x) ? [BigInt(i)] : [])),
});
