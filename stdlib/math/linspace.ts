import { block } from "../../blocks/block.js";

export default block({
  name: "linspace",
  aliases: ["evenly", "linearspace", "spaced", "frange"],
  sig: "(a: float, b: float, n: int) -> [float]",
  doc: "n evenly spaced floats from a to b, both included: a + i·(b - a)/(n - 1), the last exactly b (NumPy's linspace); [a] when n = 1, [] when n <= 0",
  examples: [
    { code: "linspace(0.0, 1.0, 5)", result: "[0.0, 0.25, 0.5, 0.75, 1.0]" },
    { code: "linspace(2.0, 3.0, 1)", result: "[2.0]" },
  ],
  oracle: (a: number, b: number, n: bigint) => {
    const k = Number(n);
    if (k <= 0) return [];
    const step = k > 1 ? (b - a) / (k - 1) : 0;
    return Array.from({ length: k }, (_, i) => (i === k - 1 && k > 1 ? b : a + i * step));
  },
  test: { args: (gen) => gen.fc.tuple(gen.finite, gen.finite, gen.fc.integer({ min: -2, max: 12 }).map(BigInt)) },
});
