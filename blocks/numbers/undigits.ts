import { block, Fault } from "../block.js";

export default block({
  name: "undigits",
  aliases: ["fromdigits"],
  sig: "(ds: [int]) -> int",
  doc: "the number whose base-10 digits are ds, most significant first (the inverse of digits); [] gives 0; faults with argument if an element is not in 0..9 and with overflow if the value exceeds the int range",
  examples: [{ code: "[1, 2, 0, 3].undigits", result: "1203" }],
  oracle: (ds: bigint[]) => {
    if (ds.some((d) => d < 0n || d > 9n)) throw new Fault("argument");
    const v = ds.reduce((a, d) => a * 10n + d, 0n);
    if (v >= 2n ** 63n) throw new Fault("overflow");
    return v;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const digit = fc.bigInt({ min: 0n, max: 9n });
      return fc.tuple(fc.oneof(
        gen.array(digit, 25),
        fc.array(digit, { maxLength: 25 }),
        fc.constantFrom([9n, 2n, 2n, 3n, 3n, 7n, 2n, 0n, 3n, 6n, 8n, 5n, 4n, 7n, 7n, 5n, 8n, 0n, 7n], [9n, 2n, 2n, 3n, 3n, 7n, 2n, 0n, 3n, 6n, 8n, 5n, 4n, 7n, 7n, 5n, 8n, 0n, 8n],
          [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 1n], [1n, 8n, 4n, 4n, 6n, 7n, 4n, 4n, 0n, 7n, 3n, 7n, 0n, 9n, 5n, 5n, 1n, 6n, 1n, 6n]),
        gen.array(gen.int, 5),
      ));
    },
  },
});
