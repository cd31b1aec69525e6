import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "bool",
  aliases: ["tobool", "truthy"],
  sig: "(x: any) -> bool",
  doc: "Python's truth of an any: null, false, 0, 0.0, \"\", [] and {} are false, everything else (NaN too) is true",
  examples: [{ code: "[0, 2, \"\", \"a\", null, []].map(_.bool)", result: "[false, true, false, true, false, false]" }],
  oracle: (v: Value) => {
    switch (kindOf(v)) {
      case "null": return false;
      case "list": return (v as Value[]).length > 0;
      case "dict": return (v as Map<string, Value>).size > 0;
      case "float": return v !== 0;
      default: return v !== false && v !== 0n && v !== "";
    }
  },
});
