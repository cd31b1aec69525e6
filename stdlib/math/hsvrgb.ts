import { block } from "../../blocks/block.js";

export default block({
  name: "hsvrgb",
  aliases: ["hsv_to_rgb", "hsvtorgb", "torgb", "fromhsv"],
  sig: "(h: float, s: float, v: float) -> (float, float, float)",
  doc: "the colour with hue, saturation and value in [0, 1] as (red, green, blue) in [0, 1], step for step as Python's colorsys.hsv_to_rgb (a hue of 1 is red again); the inverse of rgbhsv; faults (argument) when h·6 is NaN or outside the int range",
  examples: [
    { code: "hsvrgb(0.0, 1.0, 1.0)", result: "(1.0, 0.0, 0.0)" },
    { code: "hsvrgb(0.5, 1.0, 0.5)", result: "(0.0, 0.5, 0.5)" },
  ],
  oracle: (h: number, s: number, v: number) => {
    if (s === 0) return [v, v, v];
    const i = Math.trunc(h * 6), f = h * 6 - i, p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
    return [[v, t, p], [q, v, p], [p, v, t], [p, q, v], [t, p, v], [v, p, q]][((i % 6) + 6) % 6];
  },
  test: { args: (gen) => { const c = gen.fc.oneof(gen.fc.double({ min: 0, max: 1, noNaN: true }), gen.fc.constantFrom(0, 0.5, 1, 1 / 6)); return gen.fc.tuple(c, c, c); } },
});
