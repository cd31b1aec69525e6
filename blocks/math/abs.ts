import { block } from "../block.js";

export default block({
  name: "abs",
  aliases: ["fabs", "absolute"],
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "the absolute value; abs of the smallest int (-9223372036854775808) wraps to itself; abs(-0.0) is 0.0, NaN stays NaN",
  examples: [
    { code: "abs(-7)", result: "7" },
    { code: "abs(-2.5)", result: "2.5" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? Math.abs(x) : BigInt.asIntN(64, x < 0n ? -x : x)),
});
