import { block, Fault } from "../block.js";

/** F(n) mod 2^64 by fast doubling. */
export function fibWrap(n: bigint): bigint {
  const M = (1n << 64n) - 1n;
  let a = 0n, b = 1n;
  for (let i = BigInt(n.toString(2).length) - 1n; i >= 0n; i--) {
    const c = (a * ((2n * b - a + (1n << 64n)) & M)) & M;
    const d = (a * a + b * b) & M;
    if ((n >> i) & 1n) { a = d; b = (c + d) & M; } else { a = c; b = d; }
  }
  return BigInt.asIntN(64, a);
}

export default block({
  name: "fib",
  aliases: ["fibonacci"],
  sig: "(n: int) -> int",
  doc: "the n-th Fibonacci number (fib(0) = 0, fib(1) = 1), by fast doubling in O(log n) steps; exact modulo 2^64 (wraps) for n > 92; faults with argument when n < 0",
  examples: [
    { code: "fib(10)", result: "55" },
    { code: "fib(90)", result: "2880067194370816120" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n) throw new Fault("argument");
    return fibWrap(n);
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.nat(200))) },
});
