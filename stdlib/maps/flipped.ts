import { block } from "../../blocks/block.js";

export default block({
  name: "flipped",
  aliases: ["invertdict", "invertmap", "swapkeys", "inverted", "reversemap"],
  sig: "(m: {K: V}) -> {V: K}",
  types: { K: ["int", "str"], V: ["int", "str"] },
  doc: "the map from each value to its key (Python's {v: k for k, v in m.items()}): when values repeat, the last key wins and the first place is kept; values must be ints or strings, as map keys are",
  examples: [
    { code: "{\"a\": 1, \"b\": 2}.flipped", result: "{1: \"a\", 2: \"b\"}" },
    { code: "{1: \"x\", 2: \"x\"}.flipped", result: "{\"x\": 2}" },
  ],
  oracle: (m: Map<any, any>) => new Map([...m].map(([k, v]) => [v, k])),
});
