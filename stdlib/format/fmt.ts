import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "fmt",
  aliases: ["format", "sprintf", "strformat", "template"],
  sig: "(template: str, args: [str]) -> str",
  doc: "the template with each {} replaced by the next of args, in order, and {{ and }} by single braces (Python's template.format(*args) with only {}); extra args are ignored; faults (argument) on a lone brace or fewer args than {}s",
  examples: [
    { code: "\"{} + {} = {}\".fmt([\"1\", \"2\", \"3\"])", result: "1 + 2 = 3" },
    { code: "\"{{{}}}\".fmt([\"x\"])", result: "{x}" },
  ],
  oracle: (t: string, args: string[]) => {
    let out = "", k = 0;
    const cs = Array.from(t);
    for (let i = 0; i < cs.length;) {
      const two = cs[i] + (cs[i + 1] ?? "");
      if (two === "{}") { if (k >= args.length) throw new Fault("argument"); out += args[k++]; i += 2; }
      else if (two === "{{" || two === "}}") { out += cs[i]; i += 2; }
      else { if (cs[i] === "{" || cs[i] === "}") throw new Fault("argument"); out += cs[i]; i++; }
    }
    return out;
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const t = fc.array(fc.constantFrom("{}", "{}", "{{", "}}", "{", "}", "a", " ", "é", "x=", "漢"), { maxLength: 8 }).map((p: string[]) => p.join(""));
      return fc.tuple(t, fc.array(fc.constantFrom("1", "", "ab", "{}", "é"), { maxLength: 5 }));
    },
  },
});
