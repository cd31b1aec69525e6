import { createHash } from "node:crypto";
import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

export default block({
  name: "sha1",
  aliases: ["sha", "sha_1"],
  sig: ["(s: str) -> str", "(bs: [byte]) -> str"],
  doc: "the SHA-1 digest of the string's UTF-8 bytes (or of a [byte]'s bytes), as 40 lowercase hex digits",
  examples: [
    { code: "\"abc\".sha1", result: "a9993e364706816aba3e25717850c26c9cd0d89d" },
    { code: "\"\".sha1", result: "da39a3ee5e6b4b0d3255bfef95601890afd80709" },
  ],
  oracle: (s: string | number[]) => createHash("sha1").update(bytesOf(s)).digest("hex"),
  test: { args: hashArgs },
});
