import { block, type Value } from "../block.js";

export default block({
  name: "get",
  aliases: ["getdefault", "lookup"],
  sig: "(m: {K: V}, k: K, default: V) -> V",
  sublinear: true,
  types: { K: ["int", "str"], V: ["any"] },
  doc: "the value of key k in the map, or default when k is not there (Python's dict.get with a default)",
  examples: [
    { code: "{\"a\": 1}.get(\"a\", 0)", result: "1" },
    { code: "{\"a\": 1}.get(\"z\", 0)", result: "0" },
  ],
  oracle: (m: Map<Value, Value>, k: Value, d: Value) => (m.has(k) ? m.get(k)! : d),
  test: {
    // keys that are in the map half the time
    args: (gen, t) => {
      const fc = gen.fc;
      const key = t.K === "int" ? gen.int : gen.str;
      const val = gen.lane(t.V);
      const map = gen.array(fc.tuple(key, val)).map((es: [Value, Value][]) => new Map(es));
      return map.chain((m: Map<Value, Value>) => fc.tuple(fc.constant(m), m.size ? fc.oneof(fc.constantFrom(...m.keys()), key) : key, val));
    },
  },
});
