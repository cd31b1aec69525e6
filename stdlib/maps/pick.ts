import { block } from "../../blocks/block.js";

export default block({
  name: "pick",
  aliases: ["selectkeys", "subdict", "onlykeys", "filterkeys"],
  sig: "(m: {K: V}, keys: [K]) -> {K: V}",
  types: { K: ["int", "str"], V: ["any"] },
  doc: "the entries of m whose key is in keys, in m's order (lodash's pick); keys not in m are skipped; omit keeps the others",
  examples: [
    { code: "{\"a\": 1, \"b\": 2, \"c\": 3}.pick([\"c\", \"a\", \"z\"])", result: "{\"a\": 1, \"c\": 3}" },
  ],
  oracle: (m: Map<any, any>, keys: any[]) => new Map([...m].filter(([k]) => keys.includes(k))),
  test: { args: (gen, t) => { const k = t.K === "int" ? gen.small : gen.fc.constantFrom("a", "b", "", "é"); const v = gen.lane(t.V); return gen.fc.tuple(gen.array(gen.fc.tuple(k, v), 8).map((es: any[]) => new Map(es)), gen.array(k, 5)); } },
});
