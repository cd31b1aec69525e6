import { block, type Value } from "../block.js";

export default block({
  name: "dict",
  aliases: ["todict", "tomap", "frompairs"],
  sig: "(pairs: [(K, V)]) -> {K: V}",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "a map from (key, value) pairs; a key that comes again keeps its first place and takes the later value (Python's dict(pairs))",
  examples: [
    { code: "[(\"a\", 1), (\"b\", 2), (\"a\", 3)].dict", result: "{\"a\": 3, \"b\": 2}" },
    { code: "[1, 2, 1].counts.dict", result: "{1: 2, 2: 1}" },
  ],
  oracle: (pairs: [Value, Value][]) => new Map(pairs),
});
