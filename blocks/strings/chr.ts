import { block, Fault } from "../block.js";

export default block({
  name: "chr",
  aliases: ["fromcodepoint", "fromcharcode"],
  sig: "(n: int) -> str",
  doc: "the one-character string of code point n; n outside 0..0x10FFFF or a surrogate (0xD800..0xDFFF) faults (argument)",
  examples: [
    { code: "chr(65)", result: "A" },
    { code: "chr(8364)", result: "€" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n || n > 0x10ffffn || (n >= 0xd800n && n <= 0xdfffn)) throw new Fault("argument");
    return String.fromCodePoint(Number(n));
  },
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(
        gen.int,
        gen.fc.bigInt({ min: -5n, max: 0x11005n }),
        gen.fc.constantFrom(0n, 0x7fn, 0x80n, 0x7ffn, 0x800n, 0xd7ffn, 0xd800n, 0xdfffn, 0xe000n, 0xfffdn, 0xffffn, 0x10000n, 0x10ffffn, 0x110000n, 0x1000000000n),
      )),
  },
});
