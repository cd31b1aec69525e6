import { block } from "../block.js";
import { hashArgs } from "./_args.js";

export default block({
  name: "djb2",
  aliases: ["djb", "djbhash"],
  sig: "(s: str) -> int",
  doc: "Bernstein's djb2 hash of the string's UTF-8 bytes: h = h * 33 + byte from 5381, wrapping at 64 bits (signed); 5381 for the empty string",
  examples: [
    { code: "\"a\".djb2", result: "177670" },
    { code: "\"hello\".djb2", result: "210714636441" },
  ],
  oracle: (s: string) => {
    let h = 5381n;
    for (const c of Buffer.from(s, "utf8")) h = BigInt.asIntN(64, h * 33n + BigInt(c));
    return h;
  },
  test: { args: hashArgs },
});
