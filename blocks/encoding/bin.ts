import { block } from "../block.js";

export default block({
  name: "bin",
  aliases: ["tobinary", "binary", "tobin"],
  sig: "(n: int) -> str",
  doc: "n in binary digits, without prefix; \"-\" before the digits of |n| when n < 0; \"0\" for 0",
  examples: [
    { code: "bin(10)", result: "1010" },
    { code: "bin(-5)", result: "-101" },
  ],
  oracle: (n: bigint) => n.toString(2),
});
