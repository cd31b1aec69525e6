import { block, Fault } from "../block.js";

/** Unsigned LEB128 bytes of non-negative ints, concatenated. */
export function leb128(xs: bigint[]): bigint[] {
  const out: bigint[] = [];
  for (let x of xs) {
    if (x < 0n) throw new Fault("argument");
    do {
      const b = x & 0x7fn;
      x >>= 7n;
      out.push(x ? b | 0x80n : b);
    } while (x);
  }
  return out;
}

export default block({
  name: "varint",
  aliases: ["leb128", "uleb128", "encode_varint"],
  sig: "(xs: [int]) -> [int]",
  doc: "the unsigned LEB128 (protobuf varint) bytes of each int, concatenated: 7 bits per byte, low groups first, high bit set on all but each value's last byte; faults (argument) on a negative int; [] for []",
  examples: [
    { code: "[300].varint", result: "[172, 2]" },
    { code: "[1, 127, 128].varint", result: "[1, 127, 128, 1]" },
  ],
  oracle: (xs: bigint[]) => leb128(xs),
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const nonneg = fc.oneof(gen.int.map((x: bigint) => (x < 0n ? -(x + 1n) : x)), fc.nat(70).map((k: number) => (1n << BigInt(k % 63)) - 1n), fc.nat(62).map((k: number) => 1n << BigInt(k)));
      return fc.tuple(fc.oneof({ weight: 4, arbitrary: gen.array(nonneg) }, { weight: 1, arbitrary: gen.array(gen.int) }));
    },
  },
});
