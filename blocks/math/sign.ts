import { block } from "../block.js";

export default block({
  name: "sign",
  aliases: ["signum", "sgn"],
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "-1, 0 or 1 by the sign of x, in x's type; a float zero keeps its sign (-0.0 gives -0.0) and NaN gives NaN",
  examples: [
    { code: "sign(-42)", result: "-1" },
    { code: "sign(0.25)", result: "1.0" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? Math.sign(x) : x > 0n ? 1n : x < 0n ? -1n : 0n),
});
