import { block, Fault } from "../block.js";

const dec = new TextDecoder("utf-8", { fatal: true });

export default block({
  name: "decode",
  aliases: ["unutf8", "frombytes", "bytes_decode"],
  sig: "(bytes: [int]) -> str",
  doc: "the string whose UTF-8 encoding is the given bytes; faults (argument) on a value outside 0..255 or bytes that are not well-formed UTF-8 (overlong, surrogate, truncated); \"\" for []",
  examples: [
    { code: "[104, 105].decode", result: "hi" },
    { code: "[195, 169].decode", result: "é" },
  ],
  oracle: (xs: bigint[]) => {
    if (xs.some((x) => x < 0n || x > 255n)) throw new Fault("argument");
    try {
      return dec.decode(new Uint8Array(xs.map(Number)));
    } catch {
      throw new Fault("argument");
    }
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const enc = (s: string) => [...Buffer.from(s, "utf8")].map(BigInt);
      const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90)).map(BigInt);
      return fc.tuple(fc.oneof(
        { weight: 3, arbitrary: gen.str.map(enc) },
        { weight: 1, arbitrary: fc.array(fc.oneof(gen.str, fc.constantFrom("€", "\ud7ff", "\ue000", "\u{10ffff}", "\u{10000}", "\u0080", "\u07ff", "\u0800")), { maxLength: 8 }).map((a: string[]) => enc(a.join(""))) },
        { weight: 2, arbitrary: fc.tuple(gen.str, fc.nat(40), byte).map(([s, i, b]: [string, number, bigint]) => { const a = enc(s); a.splice(i % (a.length + 1), 0, b); return a; }) },
        { weight: 2, arbitrary: fc.array(byte, { maxLength: 12 }) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom("aaaaaaaaaaaaaaaaaaaa", "漢字かな漢字かな"), fc.array(byte, { maxLength: 3 }), fc.constantFrom("", "bbbbbbbbbbbbbbbbbbb")).map(([a, b, c]: [string, bigint[], string]) => [...enc(a), ...b, ...enc(c)]) },
        { weight: 1, arbitrary: fc.tuple(gen.str, gen.int).map(([s, x]: [string, bigint]) => [...enc(s), x]) },
      ));
    },
  },
});
