import { block, Fault } from "../../blocks/block.js";
import { cols, gaussJordan, squares } from "./_m.js";

export default block({
  name: "inverse",
  aliases: ["inv", "matinv", "matrixinverse", "invert_matrix"],
  sig: "(m: [[float]]) -> [[float]]",
  doc: "the inverse of a square matrix, by Gauss–Jordan elimination with partial pivoting (so subject to rounding: m·inverse(m) is the identity only nearly); [] for []; faults (argument) when m is not square or is singular (a pivot is 0 or NaN)",
  examples: [
    { code: "[[2.0, 0.0], [0.0, 4.0]].inverse", result: "[[0.5, 0.0], [0.0, 0.25]]" },
    { code: "[[1.0, 2.0], [3.0, 4.0]].inverse", result: "[[-1.9999999999999996, 0.9999999999999998], [1.4999999999999998, -0.49999999999999994]]" },
  ],
  oracle: (m: number[][]) => {
    const n = m.length;
    if (n && cols(m) !== n) throw new Fault("argument");
    return gaussJordan(m, m.map((_, i) => m.map((__, j) => (i === j ? 1 : 0))));
  },
  test: { args: (gen) => gen.fc.tuple(squares(gen)) },
});
