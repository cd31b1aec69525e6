import { block } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";

export default block({
  name: "polyval",
  aliases: ["horner", "polyeval", "evalpoly", "polynomial"],
  sig: "(cs: [T], x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "the polynomial with coefficients cs, highest power first, at x: cs[0]·x^(n-1) + … + cs[n-1], by Horner's rule (NumPy's polyval; ints wrap at 64 bits); 0 for no coefficients",
  examples: [
    { code: "[2, 0, 1].polyval(3)", result: "19" },
    { code: "[1.0, -1.0].polyval(0.5)", result: "-0.5" },
  ],
  oracle: (cs: any[], x: any, t: any) => {
    if (t.T === "int") return cs.reduce((acc: bigint, c: bigint) => BigInt.asIntN(64, acc * x + c), 0n);
    return cs.reduce((acc: number, c: number) => acc * x + c, 0);
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t, 8), t.T === "int" ? gen.int : gen.float) },
});
