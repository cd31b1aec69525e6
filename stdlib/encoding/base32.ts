import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";
import { b32 } from "./_b32.js";

export default block({
  name: "base32",
  aliases: ["b32encode", "tobase32", "b32"],
  sig: "(s: str) -> str",
  doc: "the string's UTF-8 bytes in standard base32 (RFC 4648: A-Z and 2-7, each 5 bytes as 8 characters, the last group padded with = to 8; Python's base64.b32encode); \"\" for \"\"; unbase32 decodes",
  examples: [
    { code: "\"hello\".base32", result: "NBSWY3DP" },
    { code: "\"a\".base32", result: "ME======" },
  ],
  oracle: (s: string) => b32(new TextEncoder().encode(s)),
  test: { args: (gen) => gen.fc.tuple(text(gen, 12)) },
});
