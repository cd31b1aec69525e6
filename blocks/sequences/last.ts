import { block, Fault } from "../block.js";
import { cps } from "./_util.js";

export default block({
  name: "last",
  sig: ["(xs: [T]) -> T", "(s: str) -> str"],
  sublinear: true,
  types: { T: ["any"] },
  doc: "the last element, faulting (empty) when there is none; of a string, its last code point as a string",
  examples: [
    { code: "[7, 8, 9].last", result: "9" },
    { code: "\"añ\".last", result: "ñ" },
  ],
  oracle: (xs: any[] | string) => {
    const a = typeof xs === "string" ? cps(xs) : xs;
    if (!a.length) throw new Fault("empty");
    return a[a.length - 1];
  },
});
