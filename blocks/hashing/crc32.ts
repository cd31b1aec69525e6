import { crc32 } from "node:zlib";
import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

export default block({
  name: "crc32",
  aliases: ["crc"],
  sig: ["(s: str) -> int", "(bs: [byte]) -> int"],
  doc: "the CRC-32 (IEEE 802.3, as in zlib and PNG) of the string's UTF-8 bytes (or of a [byte]'s bytes), as an int in 0..2^32-1; 0 for the empty string",
  examples: [
    { code: "\"123456789\".crc32", result: "3421780262" },
    { code: "\"hello\".crc32", result: "907060870" },
  ],
  oracle: (s: string | number[]) => BigInt(crc32(bytesOf(s))),
  test: { args: hashArgs },
});
