import { block } from "../block.js";
import { loCp, mapCps, text, upCp } from "./text.js";

export default block({
  name: "swapcase",
  sig: "(s: str) -> str",
  doc: "s with upper-case letters lowered and lower-case letters raised, by the one-to-one mappings of upper and lower; others unchanged",
  examples: [
    { code: "\"Hello, World\".swapcase", result: "hELLO, wORLD" },
    { code: "\"Éa\".swapcase", result: "éA" },
  ],
  oracle: (s: string) => mapCps(s, (c) => (upCp(c) !== c ? upCp(c) : loCp(c))),
  test: { args: (gen) => gen.fc.tuple(text(gen, 40)) },
});
