// How fast each tokenizer loads and counts: a generated megabyte of mixed code and prose, counted by
// every registered tokenizer. Run: npm run bench:tokens (after a build), or with --tokenizer NAME...
import { TOKENIZER_INFO, getTokenizer } from "../compiler/tokens/registry.js";

/** A deterministic pseudo-random source (mulberry32), so every run counts the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "lo", "mi", "tor", "ren", "sa", "vek", "ul", "dra", "po", "nix", "ter", "qua", "bel", "zo", "fin"];
const WORDS = ("the of and to in is that for it as with was on be by this are or from at which an have not they " +
  "value list sort count index string number result return each first last small large token model cost " +
  "measure feature compile memory array function program block language binary text size order").split(" ");
const UNICODE = ["naïve café", "Größe", "日本語の文", "数据结构", "Привет мир", "📦 → ✅", "λx. x + 1", "résumé — déjà vu"];

/** About `bytes` bytes of text: Python, TypeScript, C, WAT and Ideo snippets, prose, some non-ASCII. */
function mixedText(bytes: number, seed = 1): string {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const ident = () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(SYLLABLES)).join("") + (r() < 0.3 ? `_${pick(SYLLABLES)}` : "");
  const num = () => (r() < 0.5 ? String(Math.floor(r() * 1000)) : (r() * 100).toFixed(2));
  const sentence = () => {
    const n = 6 + Math.floor(r() * 14);
    const w = Array.from({ length: n }, () => (r() < 0.08 ? pick(UNICODE) : r() < 0.15 ? ident() : pick(WORDS)));
    return w[0][0].toUpperCase() + w.join(" ").slice(1) + pick([".", ".", ".", "?", "!", ","]);
  };
  const snippets: (() => string)[] = [
    () => `def ${ident()}(${ident()}, ${ident()}):\n    for x in ${ident()}:\n        if x % ${num()} == 0:\n            return x * ${num()}\n    return None\n\n`,
    () => `export function ${ident()}(xs: number[], t = ${num()}): boolean {\n  const s = [...xs].sort((a, b) => a - b);\n  return s.some((x, i) => i > 0 && x - s[i - 1] < t); // ${sentence()}\n}\n\n`,
    () => `static int ${ident()}(const char *s, size_t n) {\n    int h = ${num()};\n    for (size_t i = 0; i < n; i++) h = h * 31 + (unsigned char)s[i];\n    return h;\n}\n\n`,
    () => `(func $${ident()} (param $x i64) (result i64)\n  (i64.add (local.get $x) (i64.const ${Math.floor(r() * 1e6)})))\n\n`,
    () => `fn ${ident()}(xs: [float], t: float) = xs.sort.gaps.min < ${num()}\n`,
    () => `# ${sentence()}\n${Array.from({ length: 2 + Math.floor(r() * 5) }, sentence).join(" ")}\n\n`,
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = pick(snippets)();
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join("");
}

function main(): void {
  const argv = process.argv.slice(2);
  const chosen = argv.length ? argv.filter((a) => !a.startsWith("-")) : TOKENIZER_INFO.map((t) => t.name);
  const text = mixedText(1 << 20);
  const fresh = mixedText(1 << 20, 2); // a second megabyte, so the first pass of each tokenizer meets unseen words
  const mb = Buffer.byteLength(text) / (1 << 20);
  console.log(`text: ${Buffer.byteLength(text)} bytes of generated code and prose`);
  console.log(`${"tokenizer".padEnd(12)} ${"load ms".padStart(8)} ${"tokens".padStart(9)} ${"ms/MB first".padStart(12)} ${"ms/MB again".padStart(12)}`);
  let slowest = 0;
  for (const name of chosen) {
    let t = performance.now();
    const enc = getTokenizer(name);
    const load = performance.now() - t;
    t = performance.now();
    enc.count(fresh);
    const first = (performance.now() - t) / (Buffer.byteLength(fresh) / (1 << 20));
    const again: number[] = [];
    let tokens = 0;
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      tokens = enc.count(text);
      again.push((performance.now() - t) / mb);
    }
    const best = Math.min(...again);
    slowest = Math.max(slowest, first);
    console.log(`${name.padEnd(12)} ${load.toFixed(0).padStart(8)} ${String(tokens).padStart(9)} ${first.toFixed(0).padStart(12)} ${best.toFixed(0).padStart(12)}`);
  }
  console.log(`slowest first pass: ${slowest.toFixed(0)} ms per MB${slowest < 1000 ? " (under a second)" : " — OVER a second"}`);
}

main();
