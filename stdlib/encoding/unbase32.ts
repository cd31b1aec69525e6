import { block, Fault } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";
import { b32, unb32 } from "./_b32.js";

export default block({
  name: "unbase32",
  aliases: ["b32decode", "frombase32", "base32decode"],
  sig: "(s: str) -> str",
  doc: "the string whose UTF-8 bytes s encodes in standard padded base32 (RFC 4648, upper case); faults (argument) on anything base32 would not write (a length not a multiple of 8, lower case, a misplaced or miscounted =, nonzero bits past the last byte) or on bytes that are not well-formed UTF-8",
  examples: [
    { code: "\"NBSWY3DP\".unbase32", result: "hello" },
    { code: "\"ME======\".unbase32", result: "a" },
  ],
  oracle: (s: string) => {
    const bytes = unb32(s);
    if (!bytes) throw new Fault("argument");
    try { return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes); } catch { throw new Fault("argument"); }
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const good = text(gen, 10).map((s: string) => b32(new TextEncoder().encode(s)));
      const edit = fc.tuple(good, fc.nat(40), fc.constantFrom("=", "A", "a", "1", "8", "Z", "7", "==", " ")).map(([s, at, c]: [string, number, string]) => { const i = at % (s.length + 1); return s.slice(0, i) + c + s.slice(i + 1); });
      return fc.tuple(fc.oneof({ weight: 4, arbitrary: good }, { weight: 3, arbitrary: edit }, { weight: 1, arbitrary: fc.constantFrom("", "MF======", "MZ======", "ME=====", "/w======", "7777777=", "AAAAAAAA") }));
    },
  },
});
