import { block } from "../block.js";

export default block({
  name: "floor",
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "the largest integral value <= x, in x's type (an int is returned as it is; -0.0, NaN and infinities stay)",
  examples: [
    { code: "floor(-2.5)", result: "-3.0" },
    { code: "floor(7)", result: "7" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? Math.floor(x) : x),
});
