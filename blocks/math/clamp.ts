import { block, Fault } from "../block.js";

export default block({
  name: "clamp",
  aliases: ["clip"],
  sig: "(x: T, lo: T, hi: T) -> T",
  types: { T: ["int", "float"] },
  doc: "x limited to [lo, hi]: lo when x < lo, hi when x > hi, else x (a NaN x stays NaN); faults with argument unless lo <= hi (so a NaN bound faults)",
  examples: [
    { code: "clamp(15, 0, 10)", result: "10" },
    { code: "clamp(-0.5, 0.0, 1.0)", result: "0.0" },
  ],
  oracle: (x: any, lo: any, hi: any) => {
    if (!(lo <= hi)) throw new Fault("argument");
    return x < lo ? lo : x > hi ? hi : x;
  },
  test: {
    args: (gen: any, inst: Record<string, string>) => {
      const el = inst.T === "float" ? gen.float : gen.int;
      const fc = gen.fc;
      // mostly ordered bounds, sometimes reversed or equal
      return fc.tuple(el, el, el, fc.constantFrom(0, 1, 1, 2)).map(([x, a, b, k]: any[]) =>
        k === 0 ? [x, a, b] : k === 1 ? [x, a < b ? a : b, a < b ? b : a] : [x, a, a]);
    },
  },
});
