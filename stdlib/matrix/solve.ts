import { block, Fault } from "../../blocks/block.js";
import { cols, gaussJordan, squares } from "./_m.js";

export default block({
  name: "solve",
  aliases: ["linsolve", "solvelinear", "gauss", "linalgsolve"],
  sig: "(a: [[float]], b: [float]) -> [float]",
  doc: "the x with a·x = b for a square matrix a, by Gauss–Jordan elimination with partial pivoting (NumPy's linalg.solve; subject to rounding); faults (argument) when a is not square, b's length differs or a is singular (a pivot is 0 or NaN)",
  examples: [
    { code: "[[2.0, 1.0], [1.0, 3.0]].solve([3.0, 5.0])", result: "[0.8, 1.4]" },
  ],
  oracle: (a: number[][], b: number[]) => {
    const n = a.length;
    if ((n && cols(a) !== n) || b.length !== n) throw new Fault("argument");
    return gaussJordan(a, b.map((x) => [x])).map((r) => r[0]);
  },
  test: { args: (gen) => squares(gen).chain((a: number[][]) => gen.fc.tuple(gen.fc.constant(a), gen.fc.oneof({ weight: 6, arbitrary: gen.fc.array(gen.fc.oneof(gen.fc.integer({ min: -5, max: 5 }), gen.finite), { minLength: a.length, maxLength: a.length }) }, { weight: 1, arbitrary: gen.array(gen.finite, 3) }))) },
});
