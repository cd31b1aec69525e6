import { block } from "../block.js";
import { argsOfLane, groupsOf } from "./keys.js";

export default block({
  name: "group",
  aliases: ["groupby"],
  sig: "(xs: [T], key: T => K) -> [(K, [T])]",
  types: { T: ["any"], K: ["int", "float", "str", "bool"] },
  doc: "[(k, the elements with key k)] for each distinct key(x), groups in order of first appearance and elements in their order; float keys match by value with NaN matching NaN and 0.0 matching -0.0 (the group keeps its first key)",
  examples: [
    { code: "[1, 2, 3, 4].group(_ % 2)", result: "[(1, [1, 3]), (0, [2, 4])]" },
    { code: "[\"a\", \"bb\", \"cc\"].group(_.len)", result: "[(1, [\"a\"]), (2, [\"bb\", \"cc\"])]" },
  ],
  oracle: (xs: any[], key: (x: any) => any) => groupsOf(xs, key).map((g) => [g.key, g.items]),
  test: { args: argsOfLane(100) },
});
