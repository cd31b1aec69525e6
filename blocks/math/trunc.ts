import { block } from "../block.js";

export default block({
  name: "trunc",
  aliases: ["fix"],
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "x rounded toward zero to an integral value, in x's type (an int is returned as it is; trunc(-0.5) is -0.0; NaN and infinities stay)",
  examples: [
    { code: "trunc(-2.7)", result: "-2.0" },
    { code: "trunc(7)", result: "7" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? Math.trunc(x) : x),
});
