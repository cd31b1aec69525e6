import { block } from "../block.js";

export default block({
  name: "rle",
  aliases: ["runlength", "run_length_encode"],
  sig: "(s: str) -> [(str, int)]",
  doc: "run-length encoding: each maximal run of one repeated code point as (that character, run length), in order; [] for \"\"",
  examples: [
    { code: "\"aaabcc\".rle", result: "[(\"a\", 3), (\"b\", 1), (\"c\", 2)]" },
    { code: "\"ééx\".rle", result: "[(\"é\", 2), (\"x\", 1)]" },
  ],
  oracle: (s: string) => {
    const out: [string, bigint][] = [];
    for (const c of s) {
      const last = out[out.length - 1];
      if (last && last[0] === c) last[1]++;
      else out.push([c, 1n]);
    }
    return out;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const runs = fc.array(fc.tuple(fc.constantFrom("a", "b", "é", "漢", "😀", "\u0301", " "), fc.integer({ min: 1, max: 5 })), { maxLength: 8 })
        .map((rs: [string, number][]) => rs.map(([c, n]) => c.repeat(n)).join(""));
      return fc.tuple(fc.oneof({ weight: 2, arbitrary: gen.str }, { weight: 2, arbitrary: runs }));
    },
  },
});
