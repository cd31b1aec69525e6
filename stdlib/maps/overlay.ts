import { block } from "../../blocks/block.js";

export default block({
  name: "overlay",
  aliases: ["mergemaps", "mergedict", "update", "dictmerge", "assign"],
  sig: "(a: {K: V}, b: {K: V}) -> {K: V}",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "a new map with a's entries and then b's, b's value winning for a key in both, which keeps a's place (Python's {**a, **b} or a | b); a and b are not changed",
  examples: [
    { code: "{\"a\": 1, \"b\": 2}.overlay({\"b\": 3, \"c\": 4})", result: "{\"a\": 1, \"b\": 3, \"c\": 4}" },
  ],
  oracle: (a: Map<any, any>, b: Map<any, any>) => new Map([...a, ...b]),
});
