import { block, type Value } from "../block.js";

export default block({
  name: "values",
  sig: "(m: {K: V}) -> [V]",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "the values of a map, in the order their keys were first added",
  examples: [
    { code: "{\"b\": 1, \"a\": 2}.values", result: "[1, 2]" },
    { code: "{3: 0.5}.values", result: "[0.5]" },
  ],
  oracle: (m: Map<Value, Value>) => [...m.values()],
});
