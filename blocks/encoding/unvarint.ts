import { block, Fault } from "../block.js";
import { leb128 } from "./varint.js";

export default block({
  name: "unvarint",
  aliases: ["unleb128", "decode_varint", "fromvarint"],
  sig: "(bytes: [int]) -> [int]",
  doc: "the non-negative ints whose concatenated unsigned LEB128 (protobuf varint) bytes are given; faults (argument) on anything varint would not produce: a value outside 0..255, a truncated last value, a redundant trailing 0 group, or a value >= 2^63; [] for []",
  examples: [
    { code: "[172, 2].unvarint", result: "[300]" },
    { code: "[1, 127, 128, 1].unvarint", result: "[1, 127, 128]" },
  ],
  oracle: (bytes: bigint[]) => {
    const out: bigint[] = [];
    let x = 0n, k = 0n;
    for (const b of bytes) {
      if (b < 0n || b > 255n) throw new Fault("argument");
      x |= (b & 0x7fn) << (7n * k);
      k++;
      if (b < 0x80n) {
        if ((k > 1n && b === 0n) || x >= 1n << 63n) throw new Fault("argument");
        out.push(x);
        x = 0n;
        k = 0n;
      }
    }
    if (k) throw new Fault("argument");
    return out;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const nonneg = fc.oneof(gen.int.map((x: bigint) => (x < 0n ? -(x + 1n) : x)), fc.nat(62).map((k: number) => 1n << BigInt(k)), fc.nat(63).map((k: number) => (1n << BigInt(k)) - 1n));
      const valid = gen.array(nonneg, 10).map(leb128);
      const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 1, 0x7f, 0x80, 0x81, 0xff)).map(BigInt);
      return fc.tuple(fc.oneof(
        { weight: 4, arbitrary: valid },
        { weight: 2, arbitrary: fc.tuple(valid, fc.nat(100), fc.oneof(byte, gen.int), fc.constantFrom("insert", "replace", "delete")).map(([a, i, b, op]: [bigint[], number, bigint, string]) => {
          const at = i % (a.length + 1), r = [...a];
          if (op === "insert") r.splice(at, 0, b); else if (op === "replace") r.splice(at, 1, b); else r.splice(at, 1);
          return r;
        }) },
        { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 8, max: 11 }), fc.constantFrom(0n, 1n, 0x7fn, 0x40n)).map(([k, last]: [number, bigint]) => [...Array(k).fill(0xffn), last]) },
        { weight: 1, arbitrary: fc.array(byte, { maxLength: 12 }) },
      ));
    },
  },
});
