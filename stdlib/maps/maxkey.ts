import { block, Fault } from "../../blocks/block.js";
import { cmpKey } from "../../blocks/functional/keys.js";

export default block({
  name: "maxkey",
  aliases: ["argmaxkey", "keyofmax", "maxbyvalue", "topkey"],
  sig: "(m: {K: V}) -> K",
  types: { K: ["int", "str"], V: ["int", "float", "str"] },
  doc: "the key with the largest value, the first such key on ties (Python's max(m, key=m.get)); values compare as maxby compares keys (NaN largest); faults (empty) on {}",
  examples: [
    { code: "{\"a\": 3, \"b\": 7, \"c\": 7}.maxkey", result: "b" },
  ],
  oracle: (m: Map<any, any>) => {
    if (!m.size) throw new Fault("empty");
    let best: [any, any] | undefined;
    for (const e of m) if (!best || cmpKey(e[1], best[1]) > 0) best = e;
    return best![0];
  },
});
