import { block, Fault } from "../block.js";
import { cps } from "./_util.js";

export default block({
  name: "first",
  aliases: ["head"],
  sig: ["(xs: [T]) -> T", "(s: str) -> str"],
  sublinear: true,
  types: { T: ["any"] },
  doc: "the first element, faulting (empty) when there is none; of a string, its first code point as a string",
  examples: [
    { code: "[7, 8, 9].first", result: "7" },
    { code: "\"éa\".first", result: "é" },
  ],
  oracle: (xs: any[] | string) => {
    const a = typeof xs === "string" ? cps(xs) : xs;
    if (!a.length) throw new Fault("empty");
    return a[0];
  },
});
