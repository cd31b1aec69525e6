import { crc32 } from "node:zlib";

export function buckets(keys: string[], k: number): number[] {
  const counts = new Array<number>(k).fill(0);
  for (const key of keys) counts[crc32(key) % k]++;
  return counts;
}
