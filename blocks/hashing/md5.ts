import { createHash } from "node:crypto";
import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

export default block({
  name: "md5",
  aliases: ["md5sum", "md5hex"],
  sig: ["(s: str) -> str", "(bs: [byte]) -> str"],
  doc: "the MD5 digest of the string's UTF-8 bytes (or of a [byte]'s bytes), as 32 lowercase hex digits",
  examples: [
    { code: "\"abc\".md5", result: "900150983cd24fb0d6963f7d28e17f72" },
    { code: "\"\".md5", result: "d41d8cd98f00b204e9800998ecf8427e" },
  ],
  oracle: (s: string | number[]) => createHash("md5").update(bytesOf(s)).digest("hex"),
  test: { args: hashArgs },
});
