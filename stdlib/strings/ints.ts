import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "ints",
  aliases: ["extractints", "findints", "parseints", "intsin"],
  sig: "(s: str) -> [int]",
  doc: "every run of ASCII digits in s as an int, a \"-\" just before it making it negative (Python's [int(x) for x in re.findall(r\"-?\\d+\", s)]): \"a1b-22\" gives [1, -22]; [] when there is none; faults (overflow) on a number outside the int range",
  examples: [
    { code: "\"a1b-22 c333\".ints", result: "[1, -22, 333]" },
    { code: "\"3.5\".ints", result: "[3, 5]" },
  ],
  oracle: (s: string) => (s.match(/-?[0-9]+/g) ?? []).map((x) => {
    const v = BigInt(x);
    if (v !== BigInt.asIntN(64, v)) throw new Fault("overflow");
    return v;
  }),
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const piece = fc.oneof(fc.constantFrom("a", " ", "-", "--", ".", "é", "+"), fc.bigInt({ min: -1000n, max: 100000n }).map(String), fc.constantFrom("9223372036854775807", "-9223372036854775808", "9223372036854775808", "007"));
      return fc.tuple(fc.array(piece, { maxLength: 8 }).map((p: string[]) => p.join("")));
    },
  },
});
