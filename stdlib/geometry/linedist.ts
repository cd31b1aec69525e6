import { block } from "../../blocks/block.js";
import { cross, hypot, pointArb } from "../../blocks/geometry/_geo.js";

export default block({
  name: "linedist",
  aliases: ["pointlinedistance", "distancetoline", "perpendicular"],
  sig: "(p: (float, float), a: (float, float), b: (float, float)) -> float",
  doc: "the distance from point p to the straight line through a and b (not the segment: the line goes on past them), |cross(a, b, p)| / dist(a, b); dist(p, a) when a and b are the same point",
  examples: [
    { code: "linedist((0.0, 2.0), (-1.0, 0.0), (1.0, 0.0))", result: "2.0" },
  ],
  oracle: (p: number[], a: number[], b: number[]) => {
    const d = hypot(b[0] - a[0], b[1] - a[1]);
    return d === 0 ? hypot(a[0] - p[0], a[1] - p[1]) : Math.abs(cross(a as any, b as any, p as any)) / d;
  },
  test: { args: (gen) => gen.fc.tuple(pointArb(gen, true), pointArb(gen, true), pointArb(gen, true)) },
});
