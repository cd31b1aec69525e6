import { block } from "../../blocks/block.js";
import pick from "./pick.js";

export default block({
  name: "omit",
  aliases: ["withoutkeys", "dropkeys", "removekeys", "exceptkeys"],
  sig: "(m: {K: V}, keys: [K]) -> {K: V}",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "the entries of m whose key is not in keys, in m's order (lodash's omit); pick keeps only those in keys",
  examples: [
    { code: "{\"a\": 1, \"b\": 2, \"c\": 3}.omit([\"b\"])", result: "{\"a\": 1, \"c\": 3}" },
  ],
  oracle: (m: Map<any, any>, keys: any[]) => new Map([...m].filter(([k]) => !keys.includes(k))),
  test: pick.test,
});
