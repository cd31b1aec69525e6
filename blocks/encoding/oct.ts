import { block } from "../block.js";

export default block({
  name: "oct",
  aliases: ["tooctal", "octal", "tooct"],
  sig: "(n: int) -> str",
  doc: "n in octal digits, without prefix; \"-\" before the digits of |n| when n < 0; \"0\" for 0",
  examples: [
    { code: "oct(64)", result: "100" },
    { code: "oct(-8)", result: "-10" },
  ],
  oracle: (n: bigint) => n.toString(8),
});
