import { block } from "../../blocks/block.js";
import { dupArr, tally } from "../sequences/_gen.js";

export default block({
  name: "modes",
  aliases: ["multimode", "allmodes", "modeall"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "every element that occurs most often, in order of first appearance (Python's statistics.multimode; mode picks the smallest of them); [] for []; floats compare as unique does",
  examples: [
    { code: "[1, 2, 2, 3, 3].modes", result: "[2, 3]" },
    { code: "[\"a\"].modes", result: "[\"a\"]" },
  ],
  oracle: (xs: any[]) => {
    const t = tally(xs);
    const top = t.reduce((m, p) => (p[1] > m ? p[1] : m), 0n);
    return t.filter((p) => p[1] === top).map((p) => p[0]);
  },
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t)) },
});
