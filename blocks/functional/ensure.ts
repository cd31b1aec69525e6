import { block, Fault } from "../block.js";

export default block({
  name: "ensure",
  aliases: ["require", "assert", "checkarg", "precondition"],
  sig: "(x: T, ok: bool) -> T",
  types: { T: ["any"] },
  doc: "x itself when ok is true; when ok is false a fault (argument) stops the program there: a precondition inside a chain, as in n.ensure(n >= 0).isqrt",
  examples: [
    { code: "5.ensure(5 > 0)", result: "5" },
    { code: "\"ab\".ensure(\"ab\".len == 2).upper", result: "AB" },
  ],
  oracle: (x: any, ok: boolean) => {
    if (!ok) throw new Fault("argument");
    return x;
  },
});
