import { block } from "../../blocks/block.js";
import { elem } from "../../blocks/sequences/_args.js";
import { held } from "../../blocks/dynamic/_any.js";

export default block({
  name: "list",
  aliases: ["tolist", "aslist", "tuplelist", "fromtuple"],
  sig: ["(p: (T, T)) -> [T]", "(p: (T, T, T)) -> [T]", "(p: (T, T, T, T)) -> [T]", "(x: any) -> [any]"],
  types: { T: ["any"] },
  doc: "the fields of a tuple of 2, 3 or 4 values of one type as an array, in order (Python's list(t)); of an any, the list it holds as a [any] (the same list: setting an element shows through the any), faulting type on anything else",
  examples: [
    { code: "(1, 2).list", result: "[1, 2]" },
    { code: "(\"a\", \"b\", \"c\").list", result: "[\"a\", \"b\", \"c\"]" },
    { code: "[1, [2, \"b\"]][1].list.len", result: "2" },
  ],
  // a tuple reaches the oracle as an array; an any as the value it holds (a list is an array too)
  oracle: (p: any, env?: Record<string, string>) => (env && "T" in env ? [...p] : held(p, "list")),
  test: { args: (gen, t, k) => (k === 3 ? gen.fc.tuple(gen.of({ kind: "any" })) : gen.fc.tuple(gen.fc.tuple(...Array.from({ length: k + 2 }, () => elem(gen, t.T))))) },
});
