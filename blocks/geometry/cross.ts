import { block } from "../block.js";
import { cross, pointArb, Pt } from "./_geo.js";

export default block({
  name: "cross",
  aliases: ["orient", "orientation", "ccw", "cross2d"],
  sig: "(o: (float, float), a: (float, float), b: (float, float)) -> float",
  doc: "the z component of (a − o) × (b − o), (ax − ox)(by − oy) − (ay − oy)(bx − ox): positive when o, a, b turn counter-clockwise, negative clockwise, 0 when collinear",
  examples: [
    { code: "cross((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))", result: "1.0" },
    { code: "cross((0.0, 0.0), (2.0, 2.0), (3.0, 1.0))", result: "-4.0" },
  ],
  oracle: (o: Pt, a: Pt, b: Pt) => cross(o, a, b),
  test: { args: (gen: any) => gen.fc.tuple(pointArb(gen), pointArb(gen), pointArb(gen)) },
});
