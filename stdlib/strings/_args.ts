// Shared by the stdlib string blocks' oracles and generators (no default export: not a block).
import { needle, text } from "../../blocks/strings/text.js";

/** A text and a piece of it (or a common short string, or ""). */
export const textNeedle = (gen: any, max = 12): any => text(gen, max).chain((s: string) => gen.fc.tuple(gen.fc.constant(s), needle(gen, s)));

/** Code points of s, as strings. */
export const cpArr = (s: string): string[] => Array.from(s);

/** The code point index of sub's first occurrence in s, or -1 (an empty sub occurs at 0). */
export function cpIndex(s: string, sub: string): number {
  const a = cpArr(s), b = cpArr(sub);
  for (let i = 0; i + b.length <= a.length; i++) if (b.every((c, j) => a[i + j] === c)) return i;
  return -1;
}

/** The code point index of sub's last occurrence in s, or -1 (an empty sub occurs at the end). */
export function cpLastIndex(s: string, sub: string): number {
  const a = cpArr(s), b = cpArr(sub);
  for (let i = a.length - b.length; i >= 0; i--) if (b.every((c, j) => a[i + j] === c)) return i;
  return -1;
}
