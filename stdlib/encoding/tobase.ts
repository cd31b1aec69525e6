import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "tobase",
  aliases: ["radix", "baseconvert", "inbase", "tostringradix", "numberbase"],
  sig: "(n: int, b: int) -> str",
  doc: "n written in base b (2 to 36) with digits 0-9 then a-z, without prefix, \"-\" before the digits of |n| when n < 0, \"0\" for 0 (JavaScript's n.toString(b); int(s, b) reads it back); faults (argument) for a base outside 2..36",
  examples: [
    { code: "255.tobase(16)", result: "ff" },
    { code: "(-10).tobase(2)", result: "-1010" },
  ],
  oracle: (n: bigint, b: bigint) => {
    if (b < 2n || b > 36n) throw new Fault("argument");
    return n.toString(Number(b));
  },
  test: { args: (gen) => gen.fc.tuple(gen.int, gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: 2n, max: 36n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(0n, 1n, 37n, -2n) })) },
});
