import { block, Fault } from "../block.js";

export default block({
  name: "iterate",
  sig: "(x: T, n: int, f: T => T) -> [T]",
  types: { T: ["any"] },
  doc: "the first n items of x, f(x), f(f(x)), … (f is called n - 1 times); [] when n <= 0; faults \"memory\" when n > 2^28",
  examples: [
    { code: "iterate(1, 5, _ * 2)", result: "[1, 2, 4, 8, 16]" },
    { code: "iterate(1.0, 3, _ / 2.0)", result: "[1.0, 0.5, 0.25]" },
  ],
  oracle: (x: any, n: bigint, f: (x: any) => any) => {
    if (n > 0x10000000n) throw new Fault("memory");
    const out: any[] = [];
    let cur = x;
    for (let i = 0n; i < n; i++) {
      if (i > 0n) cur = f(cur);
      out.push(cur);
    }
    return out;
  },
  test: {
    args: (gen, inst) =>
      gen.fc.tuple(
        gen.lane(inst.T),
        gen.fc.oneof(gen.nat(40), gen.small, gen.fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n, 0x10000001n, 2n ** 32n + 3n, -(2n ** 32n) + 3n)),
        gen.fc.constant(null),
      ),
  },
});
