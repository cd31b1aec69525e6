import { block } from "../block.js";
import { argsOfLane, cmpKey } from "./keys.js";

export default block({
  name: "sortby",
  aliases: ["sortedby", "orderby"],
  sig: "(xs: [T], key: T => K) -> [T]",
  types: { T: ["any"], K: ["int", "float", "str", "bool"] },
  doc: "the elements sorted ascending by key(x), stable (equal keys keep their order); key is called once per element; float keys put NaN last, strings compare by code point, false < true",
  examples: [
    { code: "[\"ccc\", \"a\", \"bb\"].sortby(_.len)", result: "[\"a\", \"bb\", \"ccc\"]" },
    { code: "[3, 1, 2, 4].sortby(_ % 2)", result: "[2, 4, 3, 1]" },
  ],
  oracle: (xs: any[], key: (x: any) => any) =>
    xs.map((x, i) => ({ x, i, k: key(x) })).sort((p, q) => cmpKey(p.k, q.k) || p.i - q.i).map((p) => p.x),
  test: { args: argsOfLane(200) },
});
