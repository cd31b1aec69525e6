import { block } from "../block.js";

export default block({
  name: "unzip",
  sig: "(ps: [(A, B)]) -> ([A], [B])",
  types: { A: ["any"], B: ["any"] },
  doc: "splits an array of pairs into the array of first fields and the array of second fields; two empty arrays when empty",
  examples: [
    { code: "[(1, \"a\"), (2, \"b\")].unzip", result: "([1, 2], [\"a\", \"b\"])" },
    { code: "[(1.5, true)].unzip", result: "([1.5], [true])" },
  ],
  oracle: (ps: any[][]) => [ps.map((p) => p[0]), ps.map((p) => p[1])],
});
