import { block, Fault, type Value } from "../block.js";
import { isHeld } from "../dynamic/_any.js";
import { cps } from "./_util.js";

export default block({
  name: "len",
  aliases: ["length", "size"],
  sig: ["(xs: [T]) -> int", "(s: str) -> int", "(m: {K: V}) -> int", "(x: any) -> int"],
  sublinear: [true, false, true, false],
  types: { T: ["any"], K: ["int", "str"], V: ["any"] },
  doc: "the number of elements of an array, of code points (not bytes) of a string, or of keys of a map; 0 when empty; of an any, the length of the str, list or dict it holds (faults type on anything else)",
  examples: [
    { code: "[4, 5, 6].len", result: "3" },
    { code: "\"héllo\".len", result: "5" },
    { code: "{\"a\": 1, \"b\": 2}.len", result: "2" },
    { code: "[\"ab\", [1, 2, 3]].map(_.len)", result: "[2, 3]" },
  ],
  oracle: (xs: Value) => {
    if (!isHeld(xs, ["str", "list", "dict"])) throw new Fault("type");
    return BigInt(typeof xs === "string" ? cps(xs).length : xs instanceof Map ? xs.size : (xs as Value[]).length);
  },
});
