import { block } from "../../blocks/block.js";

export default block({
  name: "mapvalues",
  aliases: ["mapvals", "transformvalues", "valmap", "mapdict"],
  sig: "(m: {K: V}, f: V => U) -> {K: U}",
  types: { K: ["int", "str"], V: ["any"], U: ["any"] },
  doc: "a map with the same keys in the same order, each value replaced by f(value) (Python's {k: f(v) for k, v in m.items()}); {} for {}",
  examples: [
    { code: "{\"a\": 1, \"b\": 2}.mapvalues(_ * 10)", result: "{\"a\": 10, \"b\": 20}" },
  ],
  oracle: (m: Map<any, any>, f: (v: any) => any) => new Map([...m].map(([k, v]) => [k, f(v)])),
});
