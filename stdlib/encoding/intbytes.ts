import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "intbytes",
  aliases: ["tobytesle", "int_to_bytes", "packint", "le64"],
  sig: "(n: int, k: int) -> [int]",
  doc: "the k lowest bytes of n's 64-bit two's complement, least significant first (little-endian, as Python's n.to_bytes(k, \"little\", signed=True) when n fits), each 0..255; k = 8 keeps every bit; faults (argument) for k outside 0..8; bytesint reads them back",
  examples: [
    { code: "intbytes(258, 4)", result: "[2, 1, 0, 0]" },
    { code: "intbytes(-1, 2)", result: "[255, 255]" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (k < 0n || k > 8n) throw new Fault("argument");
    const u = BigInt.asUintN(64, n);
    return Array.from({ length: Number(k) }, (_, i) => (u >> BigInt(8 * i)) & 255n);
  },
  test: { args: (gen) => gen.fc.tuple(gen.int, gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: 0n, max: 8n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-1n, 9n) })) },
});
