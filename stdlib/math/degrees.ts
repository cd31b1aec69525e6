import { block } from "../../blocks/block.js";

export default block({
  name: "degrees",
  aliases: ["todegrees", "rad2deg", "radtodeg"],
  sig: "(x: float) -> float",
  doc: "the angle x, given in radians, in degrees: x * (180 / pi), as Python's math.degrees computes it; radians is the inverse",
  examples: [
    { code: "pi.degrees", result: "180.0" },
    { code: "degrees(1.0)", result: "57.29577951308232" },
  ],
  oracle: (x: number) => x * (180 / Math.PI),
});
