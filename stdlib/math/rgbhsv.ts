import { block } from "../../blocks/block.js";

const fmod1 = (x: number) => x - Math.floor(x);

export default block({
  name: "rgbhsv",
  aliases: ["rgb_to_hsv", "rgbtohsv", "tohsv", "hsvof"],
  sig: "(r: float, g: float, b: float) -> (float, float, float)",
  doc: "the colour with red, green and blue in [0, 1] as (hue, saturation, value), each in [0, 1], step for step as Python's colorsys.rgb_to_hsv (hue 0 for greys); multiply the hue by 360 for degrees; hsvrgb converts back",
  examples: [
    { code: "rgbhsv(1.0, 0.0, 0.0)", result: "(0.0, 1.0, 1.0)" },
    { code: "rgbhsv(0.0, 0.5, 0.5)", result: "(0.5, 1.0, 0.5)" },
  ],
  oracle: (r: number, g: number, b: number) => {
    const hi = Math.max(r, g, b), lo = Math.min(r, g, b);
    if (lo === hi) return [0, 0, hi];
    const d = hi - lo, s = d / hi, rc = (hi - r) / d, gc = (hi - g) / d, bc = (hi - b) / d;
    const h = r === hi ? bc - gc : g === hi ? 2 + rc - bc : 4 + gc - rc;
    return [fmod1(h / 6), s, hi];
  },
  test: { args: (gen) => { const c = gen.fc.oneof(gen.fc.double({ min: 0, max: 1, noNaN: true }), gen.fc.constantFrom(0, 0.5, 1, 0.25)); return gen.fc.tuple(c, c, c); } },
});
