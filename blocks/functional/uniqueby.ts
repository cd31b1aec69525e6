import { block } from "../block.js";
import { argsOfLane, groupsOf } from "./keys.js";

export default block({
  name: "uniqueby",
  aliases: ["distinctby", "uniqby"],
  sig: "(xs: [T], key: T => K) -> [T]",
  types: { T: ["any"], K: ["int", "float", "str", "bool"] },
  doc: "the first element of each distinct key(x), in their order; float keys match by value with NaN matching NaN and 0.0 matching -0.0",
  examples: [
    { code: "[1, 3, 2, 5].uniqueby(_ % 2)", result: "[1, 2]" },
    { code: "[\"a\", \"bb\", \"c\"].uniqueby(_.len)", result: "[\"a\", \"bb\"]" },
  ],
  oracle: (xs: any[], key: (x: any) => any) => groupsOf(xs, key).map((g) => g.items[0]),
  test: { args: argsOfLane(100) },
});
