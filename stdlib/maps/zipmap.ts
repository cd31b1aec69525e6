import { block } from "../../blocks/block.js";

export default block({
  name: "zipmap",
  aliases: ["zipdict", "dictzip", "fromkeysvalues"],
  sig: "(ks: [K], vs: [V]) -> {K: V}",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "a map from the keys ks to the values vs at the same index (Python's dict(zip(ks, vs))), as long as the shorter list; a key that comes again keeps its first place and takes the later value",
  examples: [
    { code: "[\"a\", \"b\"].zipmap([1, 2])", result: "{\"a\": 1, \"b\": 2}" },
    { code: "[1, 1].zipmap([\"x\", \"y\"])", result: "{1: \"y\"}" },
  ],
  oracle: (ks: any[], vs: any[]) => new Map(ks.slice(0, Math.min(ks.length, vs.length)).map((k, i) => [k, vs[i]])),
});
