import { block } from "../block.js";
import { cols, elem, matrix } from "./_shape.js";

export default block({
  name: "diagonal",
  aliases: ["diag"],
  sig: "(m: [[T]]) -> [T]",
  types: { T: ["any"] },
  doc: "the main diagonal m[i][i] for i < min(rows, cols), in order; [] when empty; faults argument on ragged rows",
  examples: [
    { code: "[[1, 2], [3, 4]].diagonal", result: "[1, 4]" },
    { code: "[[\"a\", \"b\", \"c\"], [\"d\", \"e\", \"f\"]].diagonal", result: "[\"a\", \"e\"]" },
  ],
  oracle: (m: any[][]) => {
    const c = cols(m);
    return Array.from({ length: Math.min(m.length, c) }, (_, i) => m[i][i]);
  },
  test: { args: (gen, t) => gen.fc.tuple(matrix(gen, elem(gen, t))) },
});
