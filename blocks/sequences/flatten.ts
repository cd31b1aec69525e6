import { block, Fault } from "../block.js";
import { LIMIT } from "./_util.js";

export default block({
  name: "flatten",
  aliases: ["flat", "concatenate"],
  sig: "(xss: [[T]]) -> [T]",
  types: { T: ["any"] },
  doc: "the inner arrays joined end to end, one level deep; faults memory above 2^28 elements",
  examples: [
    { code: "[[1, 2], [3], [4, 5]].flatten", result: "[1, 2, 3, 4, 5]" },
    { code: "[[\"a\"], [\"b\", \"c\"]].flatten", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (xss: any[][]) => {
    if (BigInt(xss.reduce((a, xs) => a + xs.length, 0)) > LIMIT) throw new Fault("memory");
    return xss.flat();
  },
});
