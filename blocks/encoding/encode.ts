import { block } from "../block.js";

export default block({
  name: "encode",
  aliases: ["utf8", "tobytes", "bytes"],
  sig: "(s: str) -> [int]",
  doc: "the string's UTF-8 bytes as ints 0..255; [] for the empty string",
  examples: [
    { code: "\"hi\".encode", result: "[104, 105]" },
    { code: "\"é\".encode", result: "[195, 169]" },
  ],
  oracle: (s: string) => [...Buffer.from(s, "utf8")].map(BigInt),
});
