import { block } from "../block.js";
import { cps, fromCps, loCp, text, upCp } from "./text.js";

export default block({
  name: "capitalize",
  aliases: ["ucfirst", "upperfirst"],
  sig: "(s: str) -> str",
  doc: "s with its first code point in upper case and the rest in lower case (the mappings of upper and lower); \"\" stays \"\"",
  examples: [
    { code: "\"hELLO wORLD\".capitalize", result: "Hello world" },
    { code: "\"élan\".capitalize", result: "Élan" },
  ],
  oracle: (s: string) => fromCps(cps(s).map((c, i) => (i === 0 ? upCp(c) : loCp(c)))),
  test: { args: (gen) => gen.fc.tuple(text(gen, 40)) },
});
