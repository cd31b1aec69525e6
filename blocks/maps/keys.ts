import { block, type Value } from "../block.js";

export default block({
  name: "keys",
  sig: "(m: {K: V}) -> [K]",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "the keys of a map in the order they were first added",
  examples: [
    { code: "{\"b\": 1, \"a\": 2}.keys", result: "[\"b\", \"a\"]" },
    { code: "{3: 0.5}.keys", result: "[3]" },
  ],
  oracle: (m: Map<Value, Value>) => [...m.keys()],
});
