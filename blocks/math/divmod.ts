import { block, Fault } from "../block.js";

export default block({
  name: "divmod",
  sig: "(a: int, b: int) -> (int, int)",
  doc: "(floor(a / b), mod(a, b)) like Python's divmod: the quotient rounds down and the remainder has the sign of b; faults with divzero when b is 0; divmod(INT64_MIN, -1) wraps to (INT64_MIN, 0)",
  examples: [
    { code: "divmod(17, 5)", result: "(3, 2)" },
    { code: "divmod(-7, 2)", result: "(-4, 1)" },
  ],
  oracle: (a: bigint, b: bigint) => {
    if (b === 0n) throw new Fault("divzero");
    let q = a / b, r = a % b;
    if (r !== 0n && (r < 0n) !== (b < 0n)) { q -= 1n; r += b; }
    return [BigInt.asIntN(64, q), r];
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.int, gen.fc.oneof(gen.int, gen.small)) },
});
