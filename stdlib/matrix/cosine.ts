import { block, Fault } from "../../blocks/block.js";

const len = (v: number[]) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));

export default block({
  name: "cosine",
  aliases: ["cosinesimilarity", "cossim", "cosine_similarity"],
  sig: "(a: [float], b: [float]) -> float",
  doc: "the cosine similarity dot(a, b) / (norm(a)·norm(b)): 1.0 for the same direction, 0.0 at right angles, -1.0 for opposite; NaN when either is all zeros; faults (argument) when the lengths differ",
  examples: [
    { code: "[1.0, 0.0].cosine([0.0, 3.0])", result: "0.0" },
    { code: "[1.0, 2.0].cosine([2.0, 4.0]).roundto(12)", result: "1.0" },
  ],
  oracle: (a: number[], b: number[]) => {
    if (a.length !== b.length) throw new Fault("argument");
    return a.reduce((s, x, i) => s + x * b[i], 0) / (len(a) * len(b));
  },
  test: { args: (gen) => gen.array(gen.finite, 6).chain((a: number[]) => gen.fc.tuple(gen.fc.constant(a), gen.fc.oneof({ weight: 6, arbitrary: gen.fc.array(gen.finite, { minLength: a.length, maxLength: a.length }) }, { weight: 1, arbitrary: gen.array(gen.float, 4) }))) },
});
