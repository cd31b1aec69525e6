import { block } from "../block.js";

export default block({
  name: "encode",
  aliases: ["utf8"],
  sig: "(s: str) -> [int]",
  doc: "the string's UTF-8 bytes as ints 0..255 (8 bytes of memory each; `bytes` gives a [byte], one each); [] for the empty string",
  examples: [
    { code: "\"hi\".encode", result: "[104, 105]" },
    { code: "\"é\".encode", result: "[195, 169]" },
  ],
  oracle: (s: string) => [...Buffer.from(s, "utf8")].map(BigInt),
});
