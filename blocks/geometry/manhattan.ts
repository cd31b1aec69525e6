import { block } from "../block.js";
import { pointArb } from "./_geo.js";

export default block({
  name: "manhattan",
  aliases: ["taxicab", "cityblock"],
  sig: "(p: (float, float), q: (float, float)) -> float",
  doc: "the Manhattan (taxicab, L1) distance |qx − px| + |qy − py| between points p and q",
  examples: [
    { code: "manhattan((0.0, 0.0), (3.0, -4.0))", result: "7.0" },
    { code: "manhattan((1.5, 2.0), (1.0, 2.0))", result: "0.5" },
  ],
  oracle: (p: number[], q: number[]) => Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]),
  test: { args: (gen: any) => gen.fc.tuple(pointArb(gen), pointArb(gen)) },
});
