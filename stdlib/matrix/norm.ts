import { block } from "../../blocks/block.js";

export default block({
  name: "norm",
  aliases: ["magnitude", "length2", "euclideannorm", "l2norm", "vecnorm"],
  sig: "(v: [float]) -> float",
  doc: "the Euclidean length of a vector, sqrt of the sum of squares added left to right (not guarded against overflow: inf once a square is); 0.0 for []",
  examples: [
    { code: "[3.0, 4.0].norm", result: "5.0" },
  ],
  oracle: (v: number[]) => Math.sqrt(v.reduce((a, x) => a + x * x, 0)),
  test: { args: (gen) => gen.fc.tuple(gen.array(gen.fc.oneof(gen.finite, gen.float), 8)) },
});
