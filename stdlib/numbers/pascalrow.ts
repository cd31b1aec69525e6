import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "pascalrow",
  aliases: ["binomials", "binomialrow", "pascaltriangle", "comb_row"],
  sig: "(n: int) -> [int]",
  doc: "row n of Pascal's triangle: C(n, 0), C(n, 1), …, C(n, n) (pascalrow(4) is [1, 4, 6, 4, 1]); faults (argument) when n < 0 or n > 66 (row 67 holds values past the int range)",
  examples: [
    { code: "pascalrow(4)", result: "[1, 4, 6, 4, 1]" },
    { code: "pascalrow(0)", result: "[1]" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n || n > 66n) throw new Fault("argument");
    const out = [1n];
    let c = 1n;
    for (let k = 0n; k < n; k++) { c = (c * (n - k)) / (k + 1n); out.push(c); }
    return out;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.bigInt({ min: -2n, max: 70n })) },
});
