import { block, type Value } from "../block.js";

export default block({
  name: "items",
  aliases: ["entries"],
  sig: "(m: {K: V}) -> [(K, V)]",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "the (key, value) pairs of a map in the order their keys were first added",
  examples: [
    { code: "{\"b\": 1, \"a\": 2}.items", result: "[(\"b\", 1), (\"a\", 2)]" },
  ],
  oracle: (m: Map<Value, Value>) => [...m.entries()],
});
