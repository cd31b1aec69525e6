import { block } from "../block.js";

export default block({
  name: "bytes",
  aliases: ["tobytes", "utf8bytes"],
  sig: "(s: str) -> [byte]",
  doc: "the string's UTF-8 bytes as a [byte], one byte an element; [] for the empty string (`encode` gives them as ints)",
  examples: [
    { code: "\"hi\".bytes", result: "[104, 105]" },
    { code: "\"é\".bytes", result: "[195, 169]" },
    { code: "\"é\".bytes.decode", result: "é" },
  ],
  oracle: (s: string) => [...Buffer.from(s, "utf8")],
});
