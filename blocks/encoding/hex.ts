import { block } from "../block.js";

export default block({
  name: "hex",
  aliases: ["tohex", "hexlify", "hexdigest"],
  sig: ["(n: int) -> str", "(s: str) -> str"],
  doc: "an int in lowercase hexadecimal digits without prefix (\"-\" before the digits of |n| when n < 0, \"0\" for 0); a string as two lowercase hex digits per UTF-8 byte (\"\" for \"\")",
  examples: [
    { code: "hex(255)", result: "ff" },
    { code: "hex(-26)", result: "-1a" },
    { code: "\"hi\".hex", result: "6869" },
  ],
  oracle: (x: bigint | string) => (typeof x === "bigint" ? x.toString(16) : Buffer.from(x, "utf8").toString("hex")),
  test: {
    args: (gen: any, _inst: any, overload: number) =>
      overload === 0 ? gen.fc.tuple(gen.int) : gen.fc.tuple(gen.fc.oneof(gen.str, gen.fc.string({ maxLength: 100 }), gen.fc.string({ unit: "binary", maxLength: 60 }))),
  },
});
