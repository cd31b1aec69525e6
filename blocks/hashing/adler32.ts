import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

export default block({
  name: "adler32",
  aliases: ["adler"],
  sig: ["(s: str) -> int", "(bs: [byte]) -> int"],
  doc: "the Adler-32 checksum (as in zlib) of the string's UTF-8 bytes (or of a [byte]'s bytes), as an int in 0..2^32-1; 1 for the empty string",
  examples: [
    { code: "\"Wikipedia\".adler32", result: "300286872" },
    { code: "\"abc\".adler32", result: "38600999" },
  ],
  oracle: (s: string | number[]) => {
    let a = 1, b = 0;
    for (const c of bytesOf(s)) { a = (a + c) % 65521; b = (b + a) % 65521; }
    return BigInt(b * 65536 + a);
  },
  test: { args: hashArgs },
});
