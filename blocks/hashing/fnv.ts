import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

export default block({
  name: "fnv",
  aliases: ["fnv1a", "fnv1a64", "fnv64"],
  sig: ["(s: str) -> int", "(bs: [byte]) -> int"],
  doc: "the 64-bit FNV-1a hash of the string's UTF-8 bytes (or of a [byte]'s bytes), as a signed int (the 64 bits in two's complement); the empty string gives the offset basis 0xcbf29ce484222325",
  examples: [
    { code: "\"a\".fnv", result: "-5808556873153909620" },
    { code: "\"foobar\".fnv", result: "-8821353812377114648" },
  ],
  oracle: (s: string | number[]) => {
    let h = 0xcbf29ce484222325n;
    for (const c of bytesOf(s)) h = BigInt.asUintN(64, (h ^ BigInt(c)) * 0x100000001b3n);
    return BigInt.asIntN(64, h);
  },
  test: { args: hashArgs },
});
