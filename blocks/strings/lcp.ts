import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "lcp",
  aliases: ["commonprefix", "longestprefix"],
  sig: "(xs: [str]) -> str",
  doc: "the longest common prefix of the strings of xs, by code points; \"\" when xs is empty or they share none",
  examples: [
    { code: "[\"flower\", \"flow\", \"flight\"].lcp", result: "fl" },
    { code: "[\"café\", \"cafè\"].lcp", result: "caf" },
  ],
  oracle: (xs: string[]) => {
    if (!xs.length) return "";
    let p = [...xs[0]];
    for (const x of xs.slice(1)) {
      const c = [...x];
      let i = 0;
      while (i < p.length && i < c.length && p[i] === c[i]) i++;
      p = p.slice(0, i);
    }
    return p.join("");
  },
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(
        gen.array(text(gen, 6), 6),
        gen.fc.tuple(text(gen, 30), gen.fc.array(gen.fc.tuple(gen.fc.nat(40), text(gen, 3)), { maxLength: 5 })).map(([s, cuts]: [string, [number, string][]]) =>
          [s, ...cuts.map(([i, t]) => [...s].slice(0, i).join("") + t)]),
        gen.fc.constantFrom(["é", "è"], ["😀", "😁"], ["漢a", "漢b"], ["a😀", "a😀"], ["abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyZ"]),
      )),
  },
});
