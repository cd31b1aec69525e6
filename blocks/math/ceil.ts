import { block } from "../block.js";

export default block({
  name: "ceil",
  aliases: ["ceiling"],
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "the smallest integral value >= x, in x's type (an int is returned as it is; ceil(-0.5) is -0.0; NaN and infinities stay)",
  examples: [
    { code: "ceil(2.1)", result: "3.0" },
    { code: "ceil(7)", result: "7" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? Math.ceil(x) : x),
});
