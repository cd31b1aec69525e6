import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "isbool",
  sig: "(x: any) -> bool",
  doc: "true when the any holds a bool",
  examples: [{ code: "[1, true][1].isbool", result: "true" }],
  oracle: (v: Value) => kindOf(v) === "bool",
});
