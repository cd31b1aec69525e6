import { block } from "../block.js";
import { cps } from "./_util.js";

export default block({
  name: "len",
  aliases: ["length", "size"],
  sig: ["(xs: [T]) -> int", "(s: str) -> int"],
  types: { T: ["any"] },
  doc: "the number of elements of an array, or of code points (not bytes) of a string; 0 when empty",
  examples: [
    { code: "[4, 5, 6].len", result: "3" },
    { code: "\"héllo\".len", result: "5" },
  ],
  oracle: (xs: any[] | string) => BigInt(typeof xs === "string" ? cps(xs).length : xs.length),
});
