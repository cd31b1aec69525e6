import { block } from "../block.js";
import { cps } from "./_util.js";

export default block({
  name: "len",
  aliases: ["length", "size"],
  sig: ["(xs: [T]) -> int", "(s: str) -> int", "(m: {K: V}) -> int"],
  types: { T: ["any"], K: ["int", "str"], V: ["any"] },
  doc: "the number of elements of an array, of code points (not bytes) of a string, or of keys of a map; 0 when empty",
  examples: [
    { code: "[4, 5, 6].len", result: "3" },
    { code: "\"héllo\".len", result: "5" },
    { code: "{\"a\": 1, \"b\": 2}.len", result: "2" },
  ],
  oracle: (xs: any[] | string | Map<unknown, unknown>) => BigInt(typeof xs === "string" ? cps(xs).length : xs instanceof Map ? xs.size : xs.length),
});
