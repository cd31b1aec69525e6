import { block } from "../block.js";

export default block({
  name: "cube",
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "x * x * x, multiplied left to right (ints wrap at 64 bits)",
  examples: [
    { code: "cube(-3)", result: "-27" },
    { code: "cube(0.5)", result: "0.125" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? x * x * x : BigInt.asIntN(64, (x as bigint) * x * x)),
});
