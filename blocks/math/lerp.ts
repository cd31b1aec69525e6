import { block } from "../block.js";

export default block({
  name: "lerp",
  aliases: ["interpolate"],
  sig: "(a: float, b: float, t: float) -> float",
  doc: "linear interpolation a + (b - a) * t, computed in exactly that order (t outside [0, 1] extrapolates)",
  examples: [{ code: "lerp(10.0, 20.0, 0.25)", result: "12.5" }],
  oracle: (a: number, b: number, t: number) => a + (b - a) * t,
});
