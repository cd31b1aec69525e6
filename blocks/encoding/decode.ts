import { block, Fault } from "../block.js";

const dec = new TextDecoder("utf-8", { fatal: true });
/** What the [byte] overload does: TextDecoder's default, invalid sequences as U+FFFD. */
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

export default block({
  name: "decode",
  aliases: ["unutf8", "frombytes", "bytes_decode"],
  sig: ["(bytes: [int]) -> str", "(bytes: [byte]) -> str"],
  doc: "the string whose UTF-8 encoding is the given bytes; \"\" for []. Over a [byte] it never faults: each invalid sequence (overlong, surrogate, truncated, a stray byte) becomes U+FFFD, as TextDecoder does; over a [int] it faults (argument) on a value outside 0..255 or bytes that are not well-formed UTF-8",
  examples: [
    { code: "[104, 105].decode", result: "hi" },
    { code: "[195, 169].decode", result: "é" },
    { code: "[104, 255, 105].map(_.byte).decode", result: "h\ufffdi" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    // a [byte] arrives as numbers, a [int] as bigints
    if (xs.some((x) => typeof x === "number")) return lenient.decode(new Uint8Array(xs.map(Number)));
    if (xs.some((x) => x < 0n || x > 255n)) throw new Fault("argument");
    try {
      return dec.decode(new Uint8Array(xs.map(Number)));
    } catch {
      throw new Fault("argument");
    }
  },
  test: {
    args: (gen: any, _t: unknown, overload: number) => {
      const fc = gen.fc;
      const enc = (s: string) => [...Buffer.from(s, "utf8")].map(BigInt);
      const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90)).map(BigInt);
      const bytes = (a: any) => (overload === 1 ? a.map((xs: bigint[]) => xs.map((x) => Number(BigInt.asUintN(8, x)))) : a);
      return fc.tuple(bytes(fc.oneof(
        { weight: 3, arbitrary: gen.str.map(enc) },
        { weight: 1, arbitrary: fc.array(fc.oneof(gen.str, fc.constantFrom("€", "\ud7ff", "\ue000", "\u{10ffff}", "\u{10000}", "\u0080", "\u07ff", "\u0800")), { maxLength: 8 }).map((a: string[]) => enc(a.join(""))) },
        { weight: 2, arbitrary: fc.tuple(gen.str, fc.nat(40), byte).map(([s, i, b]: [string, number, bigint]) => { const a = enc(s); a.splice(i % (a.length + 1), 0, b); return a; }) },
        { weight: 2, arbitrary: fc.array(byte, { maxLength: 12 }) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom("aaaaaaaaaaaaaaaaaaaa", "漢字かな漢字かな"), fc.array(byte, { maxLength: 3 }), fc.constantFrom("", "bbbbbbbbbbbbbbbbbbb")).map(([a, b, c]: [string, bigint[], string]) => [...enc(a), ...b, ...enc(c)]) },
        { weight: 1, arbitrary: fc.tuple(gen.str, gen.int).map(([s, x]: [string, bigint]) => [...enc(s), x]) },
      )));
    },
  },
});
