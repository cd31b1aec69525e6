import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

export default block({
  name: "djb2",
  aliases: ["djb", "djbhash"],
  sig: ["(s: str) -> int", "(bs: [byte]) -> int"],
  doc: "Bernstein's djb2 hash of the string's UTF-8 bytes (or of a [byte]'s bytes): h = h * 33 + byte from 5381, wrapping at 64 bits (signed); 5381 for the empty string",
  examples: [
    { code: "\"a\".djb2", result: "177670" },
    { code: "\"hello\".djb2", result: "210714636441" },
  ],
  oracle: (s: string | number[]) => {
    let h = 5381n;
    for (const c of bytesOf(s)) h = BigInt.asIntN(64, h * 33n + BigInt(c));
    return h;
  },
  test: { args: hashArgs },
});
