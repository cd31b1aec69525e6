import { block, type Value } from "../block.js";
import { held } from "../dynamic/_any.js";

export default block({
  name: "dict",
  aliases: ["todict", "tomap", "frompairs"],
  sig: ["(pairs: [(K, V)]) -> {K: V}", "(x: any) -> {str: any}"],
  types: { K: ["int", "str"], V: ["any"] },
  doc: "a map from (key, value) pairs; a key that comes again keeps its first place and takes the later value (Python's dict(pairs)); of an any, the {str: any} dict it holds (faults type on anything else)",
  examples: [
    { code: "[(\"a\", 1), (\"b\", 2), (\"a\", 3)].dict", result: "{\"a\": 3, \"b\": 2}" },
    { code: "[1, 2, 1].counts.dict", result: "{1: 2, 2: 1}" },
    { code: "[1, {\"a\": 2}][1].dict[\"a\"]", result: "2" },
  ],
  oracle: (x: Value, inst: Record<string, string>) => (inst.K ? new Map(x as [Value, Value][]) : held(x, "dict")),
});
