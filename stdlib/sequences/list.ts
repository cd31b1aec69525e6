import { block } from "../../blocks/block.js";
import { elem } from "../../blocks/sequences/_args.js";

export default block({
  name: "list",
  aliases: ["tolist", "aslist", "tuplelist", "fromtuple"],
  sig: ["(p: (T, T)) -> [T]", "(p: (T, T, T)) -> [T]", "(p: (T, T, T, T)) -> [T]"],
  types: { T: ["any"] },
  doc: "the fields of a tuple of 2, 3 or 4 values of one type as an array, in order (Python's list(t))",
  examples: [
    { code: "(1, 2).list", result: "[1, 2]" },
    { code: "(\"a\", \"b\", \"c\").list", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (p: any[]) => [...p],
  test: { args: (gen, t, k) => gen.fc.tuple(gen.fc.tuple(...Array.from({ length: k + 2 }, () => elem(gen, t.T)))) },
});
