// The kernels' inputs, made here the same way for every variant: an int n, or text drawn from the
// minimal standard generator (x → 48271·x mod 2³¹−1, seed 42; the kernels that make their own
// numbers use it too). Texts are ASCII, so a byte is a character in every language.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Kernel } from "./kernels.js";

export function minstd(seed = 42): () => number {
  let x = seed;
  return () => (x = (x * 48271) % 2147483647);
}

/** n bytes of words (1–8 lowercase letters) from a vocabulary of 5000, common ones far more often
 *  (the cube of a uniform number picks the rank), separated by spaces and now and then a newline. */
export function words(n: number): string {
  const next = minstd();
  const letters = (k: number) => Array.from({ length: k }, () => String.fromCharCode(97 + (next() % 26))).join("");
  const vocabulary = Array.from({ length: 5000 }, () => letters(1 + (next() % 8)));
  const parts: string[] = [];
  let length = 0;
  while (length < n) {
    const u = next() / 2147483647;
    const word = vocabulary[Math.floor(u * u * u * vocabulary.length)];
    parts.push(word, next() % 12 === 0 ? "\n" : " ");
    length += word.length + 1;
  }
  return parts.join("").slice(0, n);
}

/** Two texts of about n letters: a random one, and a copy with one letter in ten substituted,
 *  dropped or doubled. */
export function similar(n: number): [string, string] {
  const next = minstd();
  const letter = () => String.fromCharCode(97 + (next() % 26));
  const a = Array.from({ length: n }, letter).join("");
  let b = "";
  for (const c of a) {
    const r = next() % 30;
    b += r === 0 ? letter() : r === 1 ? "" : r === 2 ? c + c : c;
  }
  return [a, b];
}

/** The arguments of the kernel's entry point at size n (texts are cached: they are the same each time). */
export function argsFor(k: Kernel, n: number): (number | string)[] {
  const key = `${k.input}:${n}`;
  let args = cache.get(key);
  if (!args) {
    args = k.input === "n" ? [n] : k.input === "text" ? [words(n)] : similar(n);
    cache.set(key, args);
  }
  return args;
}
const cache = new Map<string, (number | string)[]>();

/** The arguments as a native program's command line: n itself, or files holding the texts
 *  (written once per process, so a file left by an earlier run is never read). */
export function nativeArgs(k: Kernel, n: number, dir: string): string[] {
  const args = argsFor(k, n);
  if (k.input === "n") return [String(n)];
  mkdirSync(dir, { recursive: true });
  return args.map((text, i) => {
    const file = join(dir, `${k.input}-${n}-${i}.txt`);
    if (!written.has(file)) writeFileSync(file, String(text));
    written.add(file);
    return file;
  });
}
const written = new Set<string>();
