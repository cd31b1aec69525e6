import { block } from "../block.js";
import { argsOfLane, groupsOf } from "./keys.js";

export default block({
  name: "countby",
  sig: "(xs: [T], key: T => K) -> [(K, int)]",
  types: { T: ["any"], K: ["int", "float", "str", "bool"] },
  doc: "[(k, how many elements have key k)] for each distinct key(x), in order of first appearance; float keys match by value with NaN matching NaN and 0.0 matching -0.0 (the first key is kept)",
  examples: [
    { code: "[1, 2, 3, 5].countby(_ % 2)", result: "[(1, 3), (0, 1)]" },
    { code: "[\"a\", \"bb\", \"c\"].countby(_.len)", result: "[(1, 2), (2, 1)]" },
  ],
  oracle: (xs: any[], key: (x: any) => any) => groupsOf(xs, key).map((g) => [g.key, BigInt(g.items.length)]),
  test: { args: argsOfLane(100) },
});
