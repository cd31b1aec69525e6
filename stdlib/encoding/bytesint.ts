import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "bytesint",
  aliases: ["frombytesle", "int_from_bytes", "unpackint", "fromle64"],
  sig: "(bytes: [int]) -> int",
  doc: "the int whose bytes, least significant first (little-endian), are given, as the low bytes of a 64-bit two's complement: unsigned below 8 bytes (Python's int.from_bytes(bytes, \"little\")), signed with all 8; 0 for []; faults (argument) on more than 8 bytes or a value outside 0..255",
  examples: [
    { code: "bytesint([2, 1, 0, 0])", result: "258" },
    { code: "bytesint([255, 255, 255, 255, 255, 255, 255, 255])", result: "-1" },
  ],
  oracle: (bs: bigint[]) => {
    if (bs.length > 8 || bs.some((b) => b < 0n || b > 255n)) throw new Fault("argument");
    return BigInt.asIntN(64, bs.reduce((n, b, i) => n | (b << BigInt(8 * i)), 0n));
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof({ weight: 8, arbitrary: gen.fc.array(gen.fc.bigInt({ min: 0n, max: 255n }), { maxLength: 8 }) }, { weight: 1, arbitrary: gen.fc.array(gen.fc.oneof(gen.fc.bigInt({ min: 0n, max: 255n }), gen.fc.constantFrom(-1n, 256n)), { maxLength: 10 }) })) },
});
