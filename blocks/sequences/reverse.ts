import { block } from "../block.js";
import { cps } from "./_util.js";

export default block({
  name: "reverse",
  aliases: ["reversed"],
  sig: ["(xs: [T]) -> [T]", "(s: str) -> str"],
  types: { T: ["any"] },
  doc: "the elements in reverse order, or a string's code points in reverse order (combining marks are not kept with their base)",
  examples: [
    { code: "[1, 2, 3].reverse", result: "[3, 2, 1]" },
    { code: "\"héllo\".reverse", result: "olléh" },
  ],
  oracle: (xs: any[] | string) => (typeof xs === "string" ? cps(xs).reverse().join("") : [...xs].reverse()),
});
