import { block } from "../../blocks/block.js";
const blank = (l: string) => /^[ \t]*$/.test(l);

export default block({
  name: "dedent",
  aliases: ["undent", "unindent", "textwrapdedent"],
  sig: "(s: str) -> str",
  doc: "s with the longest run of spaces and tabs that begins every line with text removed from each line, and lines of only spaces and tabs emptied (Python's textwrap.dedent: a tab and a space are different characters, other whitespace is text); lines end at \\n",
  examples: [
    { code: "\"  a\\n    b\\n\".dedent", result: "a\n  b\n" },
    { code: "\"x\\n y\".dedent", result: "x\n y" },
  ],
  oracle: (s: string) => {
    const ls = s.split("\n");
    let margin: string | undefined;
    for (const l of ls) {
      if (blank(l)) continue;
      const lead = /^[ \t]*/.exec(l)![0];
      if (margin === undefined) margin = lead;
      else { let k = 0; while (k < margin.length && k < lead.length && margin[k] === lead[k]) k++; margin = margin.slice(0, k); }
    }
    return ls.map((l) => (blank(l) ? "" : l.slice((margin ?? "").length))).join("\n");
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const line = fc.tuple(fc.constantFrom("", " ", "  ", "    ", "\t", " \t", "\t "), fc.constantFrom("", "a", "b c", " x", "\u3000", "é")).map(([i, t]: [string, string]) => i + t);
      return fc.tuple(fc.array(line, { maxLength: 6 }).map((ls: string[]) => ls.join("\n")));
    },
  },
});
