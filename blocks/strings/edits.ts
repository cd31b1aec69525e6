import { block } from "../block.js";
import { cps, text } from "./text.js";

export default block({
  name: "edits",
  aliases: ["levenshtein", "editdistance", "edit"],
  sig: "(a: str, b: str) -> int",
  doc: "the Levenshtein edit distance from a to b: the fewest insertions, deletions and substitutions of single code points turning a into b",
  examples: [
    { code: "\"kitten\".edits(\"sitting\")", result: "3" },
    { code: "\"café\".edits(\"cafe\")", result: "1" },
  ],
  oracle: (a: string, b: string) => {
    const x = cps(a), y = cps(b);
    let row = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
      const next = [i];
      for (let j = 1; j <= y.length; j++) next[j] = Math.min(next[j - 1] + 1, row[j] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      row = next;
    }
    return BigInt(row[y.length]);
  },
  test: {
    args: (gen) =>
      gen.fc.oneof(
        gen.fc.tuple(text(gen, 10), text(gen, 10)),
        text(gen, 10).chain((s: string) =>
          gen.fc.tuple(gen.fc.constant(s), gen.fc.array(gen.fc.tuple(gen.fc.nat(20), gen.fc.constantFrom("", "a", "é", "😀", "x")), { maxLength: 4 })
            .map((eds: [number, string][]) => {
              const c = [...s];
              for (const [at, ch] of eds) c.splice(at % (c.length + 1), ch === "" ? 1 : 0, ...(ch ? [ch] : []));
              return c.join("");
            }))),
      ),
  },
});
