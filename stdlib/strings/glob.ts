import { block } from "../../blocks/block.js";

function globMatch(s: string, p: string): boolean {
  const t = Array.from(s), q = Array.from(p);
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const k = `${i},${j}`;
    if (memo.has(k)) return memo.get(k)!;
    let r: boolean;
    if (j === q.length) r = i === t.length;
    else if (q[j] === "*") r = go(i, j + 1) || (i < t.length && go(i + 1, j));
    else r = i < t.length && (q[j] === "?" || q[j] === t[i]) && go(i + 1, j + 1);
    memo.set(k, r);
    return r;
  };
  return go(0, 0);
}

export default block({
  name: "glob",
  aliases: ["fnmatch", "wildcard", "wildmatch", "like"],
  sig: "(s: str, pattern: str) -> bool",
  doc: "whether all of s matches a wildcard pattern: * stands for any run of code points (none included), ? for exactly one, everything else for itself (no [classes] or escapes, unlike fnmatch; case counts); regular expressions are matches",
  examples: [
    { code: "\"report.txt\".glob(\"*.txt\")", result: "true" },
    { code: "\"cat\".glob(\"c?\")", result: "false" },
  ],
  oracle: (s: string, p: string) => globMatch(s, p),
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const s = fc.array(fc.constantFrom("a", "b", "é", "漢", "."), { maxLength: 8 }).map((x: string[]) => x.join(""));
      const p = fc.array(fc.constantFrom("a", "b", "é", "*", "?", "**", "."), { maxLength: 6 }).map((x: string[]) => x.join(""));
      return fc.tuple(s, p);
    },
  },
});
