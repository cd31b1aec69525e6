import { block } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";

export default block({
  name: "compress",
  aliases: ["mask", "selectwhere", "boolindex"],
  sig: "(xs: [T], mask: [bool]) -> [T]",
  types: { T: ["any"] },
  doc: "the elements whose mask entry at the same index is true, in order (Python's itertools.compress, NumPy's xs[mask]); stops at the shorter of the two",
  examples: [
    { code: "[1, 2, 3].compress([true, false, true])", result: "[1, 3]" },
    { code: "[\"a\", \"b\"].compress([false])", result: "[]" },
  ],
  oracle: (xs: any[], mask: boolean[]) => xs.slice(0, Math.min(xs.length, mask.length)).filter((_, i) => mask[i]),
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t, 15), gen.array(gen.bool, 15)) },
});
