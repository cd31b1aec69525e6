import { block } from "../block.js";
import { cross, pointArb, Pt } from "./_geo.js";

export default block({
  name: "collinear",
  aliases: ["colinear"],
  sig: "(a: (float, float), b: (float, float), c: (float, float)) -> bool",
  doc: "whether the three points lie on one line: cross(a, b, c) is exactly 0 (so coincident points count; false when a coordinate is nan)",
  examples: [
    { code: "collinear((0.0, 0.0), (1.0, 1.0), (3.0, 3.0))", result: "true" },
    { code: "collinear((0.0, 0.0), (1.0, 1.0), (3.0, 2.0))", result: "false" },
  ],
  oracle: (a: Pt, b: Pt, c: Pt) => cross(a, b, c) === 0,
  test: { args: (gen: any) => gen.fc.tuple(pointArb(gen), pointArb(gen), pointArb(gen)) },
});
