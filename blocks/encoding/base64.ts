import { block } from "../block.js";

export default block({
  name: "base64",
  aliases: ["b64encode", "btoa", "tobase64", "b64"],
  sig: "(s: str) -> str",
  doc: "the string's UTF-8 bytes in standard base64 (RFC 4648 alphabet A-Z a-z 0-9 + /, padded with = to a multiple of 4); \"\" for \"\"",
  examples: [
    { code: "\"hello\".base64", result: "aGVsbG8=" },
    { code: "\"Man\".base64", result: "TWFu" },
  ],
  oracle: (s: string) => Buffer.from(s, "utf8").toString("base64"),
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.str, gen.fc.string({ unit: "binary", maxLength: 60 }))) },
});
