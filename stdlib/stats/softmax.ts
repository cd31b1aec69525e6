import { block } from "../../blocks/block.js";

export default block({
  name: "softmax",
  aliases: ["normalizedexp", "softargmax"],
  sig: "(xs: [float]) -> [float]",
  doc: "e^x / Σ e^x for each element, computed as e^(x - max) over their sum (left to right) so large values do not overflow: positive weights summing to 1; [] for []; NaN everywhere if an element is NaN",
  examples: [
    { code: "[1.0, 1.0].softmax", result: "[0.5, 0.5]" },
    { code: "[0.0, 1000.0].softmax", result: "[0.0, 1.0]" },
  ],
  oracle: (xs: number[]) => {
    if (!xs.length) return [];
    // max as the block computes it: NaN counts as the largest
    const m = xs.some((x) => Number.isNaN(x)) ? NaN : xs.reduce((a, b) => (b > a ? b : a));
    const es = xs.map((x) => Math.exp(x - m));
    const t = es.reduce((a, b) => a + b, 0);
    return es.map((e) => e / t);
  },
  test: { tolerance: 1e-15, args: (gen) => gen.fc.tuple(gen.array(gen.fc.oneof(gen.finite, gen.float), 12)) },
});
