import { block } from "../block.js";
import { bytesOf, hashArgs } from "./_args.js";

/** MurmurHash3_x86_32 of bytes with a seed, as an unsigned 32-bit number. */
export function murmur3(bytes: Uint8Array, seed = 0): number {
  const c1 = 0xcc9e2d51, c2 = 0x1b873593;
  const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;
  const mixk = (k: number) => Math.imul(rotl(Math.imul(k, c1), 15), c2);
  let h = seed >>> 0;
  const n = bytes.length & ~3;
  for (let i = 0; i < n; i += 4) {
    const k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    h = (Math.imul(rotl((h ^ mixk(k)) >>> 0, 13), 5) + 0xe6546b64) >>> 0;
  }
  let k = 0;
  switch (bytes.length & 3) {
    case 3: k ^= bytes[n + 2] << 16; // falls through
    case 2: k ^= bytes[n + 1] << 8; // falls through
    case 1: k ^= bytes[n]; h = (h ^ mixk(k)) >>> 0;
  }
  h ^= bytes.length;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

export default block({
  name: "murmur",
  aliases: ["murmur3", "murmurhash", "murmurhash3", "mmh3"],
  sig: ["(s: str) -> int", "(bs: [byte]) -> int"],
  doc: "MurmurHash3 (x86, 32-bit, seed 0) of the string's UTF-8 bytes (or of a [byte]'s bytes), as an int in 0..2^32-1; 0 for the empty string",
  examples: [
    { code: "\"hello\".murmur", result: "613153351" },
    { code: "\"The quick brown fox jumps over the lazy dog\".murmur", result: "776992547" },
  ],
  oracle: (s: string | number[]) => BigInt(murmur3(bytesOf(s))),
  test: { args: hashArgs },
});
