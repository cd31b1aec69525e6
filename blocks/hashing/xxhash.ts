import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

const P1 = 0x9e3779b1, P2 = 0x85ebca77, P3 = 0xc2b2ae3d, P4 = 0x27d4eb2f, P5 = 0x165667b1;
const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

/** XXH32 of bytes with a seed, as an unsigned 32-bit number (the reference algorithm, lane by lane). */
export function xxh32(b: Uint8Array, seed = 0): number {
  const len = b.length;
  const u32 = (i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
  const round = (acc: number, x: number) => Math.imul(rotl((acc + Math.imul(x, P2)) >>> 0, 13), P1) >>> 0;
  let i = 0, h: number;
  if (len >= 16) {
    let v1 = (seed + P1 + P2) >>> 0, v2 = (seed + P2) >>> 0, v3 = seed >>> 0, v4 = (seed - P1) >>> 0;
    for (; i + 16 <= len; i += 16) { v1 = round(v1, u32(i)); v2 = round(v2, u32(i + 4)); v3 = round(v3, u32(i + 8)); v4 = round(v4, u32(i + 12)); }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) >>> 0;
  } else h = (seed + P5) >>> 0;
  h = (h + len) >>> 0;
  for (; i + 4 <= len; i += 4) h = Math.imul(rotl((h + Math.imul(u32(i), P3)) >>> 0, 17), P4) >>> 0;
  for (; i < len; i++) h = Math.imul(rotl((h + Math.imul(b[i], P5)) >>> 0, 11), P1) >>> 0;
  h ^= h >>> 15; h = Math.imul(h, P2); h ^= h >>> 13; h = Math.imul(h, P3); h ^= h >>> 16;
  return h >>> 0;
}

export default block({
  name: "xxhash",
  aliases: ["xxh32", "xxhash32"],
  sig: ["(s: str) -> int", "(bs: [byte]) -> int"],
  doc: "the XXH32 hash (seed 0) of the string's UTF-8 bytes (or of a [byte]'s bytes), as an int in 0..2^32-1; 46947589 (0x02CC5D05) for the empty string",
  examples: [
    { code: "\"abc\".xxhash", result: "852579327" },
    { code: "\"a\".xxhash", result: "1426945110" },
  ],
  oracle: (s: string | number[]) => BigInt(xxh32(bytesOf(s))),
  test: { args: hashArgs },
});
