import { block } from "../block.js";
import { cps, fromCps, isWs, text } from "./text.js";

export function trimCps(s: string, start: boolean, end: boolean): string {
  const c = cps(s);
  let i = 0, j = c.length;
  if (start) while (i < j && isWs(c[i])) i++;
  if (end) while (j > i && isWs(c[j - 1])) j--;
  return fromCps(c.slice(i, j));
}

export default block({
  name: "trim",
  aliases: ["strip"],
  sig: "(s: str) -> str",
  doc: "s without the Unicode whitespace (White_Space: \\t \\n \\v \\f \\r, space, U+0085, U+00A0, U+1680, U+2000-200A, U+2028/9, U+202F, U+205F, U+3000) at both ends",
  examples: [
    { code: "\"  hi there \\n\".trim", result: "hi there" },
    { code: "\"\\t a b \".trim", result: "a b" },
  ],
  oracle: (s: string) => trimCps(s, true, true),
  test: { args: (gen) => gen.fc.tuple(text(gen)) },
});
