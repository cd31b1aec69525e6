import { block } from "../../blocks/block.js";

export default block({
  name: "unit",
  aliases: ["normalized", "unitvector", "normalizevec", "direction"],
  sig: "(v: [float]) -> [float]",
  doc: "the vector v divided by its Euclidean length (the squares summed left to right): length 1 in the same direction; NaN everywhere for the zero vector; [] for []",
  examples: [
    { code: "[3.0, 4.0].unit", result: "[0.6, 0.8]" },
  ],
  oracle: (v: number[]) => { const n = Math.sqrt(v.reduce((a, x) => a + x * x, 0)); return v.map((x) => x / n); },
  test: { args: (gen) => gen.fc.tuple(gen.array(gen.fc.oneof(gen.finite, gen.float), 6)) },
});
