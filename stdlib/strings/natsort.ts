import { block } from "../../blocks/block.js";
import { cmpStr } from "../../blocks/sequences/_util.js";

const runs = (s: string) => s.match(/[0-9]+|[^0-9]+/gu) ?? [];
function runCmp(p: string, q: string): number {
  if (/^[0-9]+$/.test(p) && /^[0-9]+$/.test(q)) {
    const u = p.replace(/^0+/, ""), v = q.replace(/^0+/, "");
    return u.length !== v.length ? (u.length < v.length ? -1 : 1) : cmpStr(u, v);
  }
  return cmpStr(p, q);
}
function natCmp(a: string, b: string): number {
  const x = runs(a), y = runs(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) { const c = runCmp(x[i], y[i]); if (c) return c; }
  return x.length !== y.length ? (x.length < y.length ? -1 : 1) : cmpStr(a, b);
}

export default block({
  name: "natsort",
  aliases: ["naturalsort", "natural_sort", "humansort", "sortnatural"],
  sig: "(xs: [str]) -> [str]",
  doc: "the strings in natural order: split into runs of ASCII digits and runs of other code points, compared run by run, digit runs by their value (\"file2\" before \"file10\") and other runs by code point; strings equal that way (\"a01\" and \"a1\") by code point; stable",
  examples: [
    { code: "[\"file10\", \"file2\", \"file1\"].natsort", result: "[\"file1\", \"file2\", \"file10\"]" },
    { code: "[\"b\", \"a2\", \"a10b\", \"a10a\"].natsort", result: "[\"a2\", \"a10a\", \"a10b\", \"b\"]" },
  ],
  oracle: (xs: string[]) => [...xs].sort(natCmp),
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const s = fc.array(fc.constantFrom("a", "b", "x", "0", "1", "2", "9", "10", "007", " ", "é", "99999999999999999999"), { maxLength: 5 }).map((p: string[]) => p.join(""));
      return fc.tuple(fc.array(s, { maxLength: 12 }));
    },
  },
});
