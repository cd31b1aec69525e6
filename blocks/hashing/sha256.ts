import { createHash } from "node:crypto";
import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

export default block({
  name: "sha256",
  aliases: ["sha2", "sha_256"],
  sig: ["(s: str) -> str", "(bs: [byte]) -> str"],
  doc: "the SHA-256 digest of the string's UTF-8 bytes (or of a [byte]'s bytes), as 64 lowercase hex digits",
  examples: [
    { code: "\"abc\".sha256", result: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
    { code: "\"\".sha256", result: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
  ],
  oracle: (s: string | number[]) => createHash("sha256").update(bytesOf(s)).digest("hex"),
  test: { args: hashArgs },
});
