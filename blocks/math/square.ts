import { block } from "../block.js";

export default block({
  name: "square",
  aliases: ["sqr"],
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "x * x (ints wrap at 64 bits)",
  examples: [
    { code: "square(-5)", result: "25" },
    { code: "square(1.5)", result: "2.25" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? x * x : BigInt.asIntN(64, (x as bigint) * x)),
});
