// Token counting with real tokenizers (gpt-tokenizer ships the o200k_base and cl100k_base vocabularies).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
type Enc = { encode(text: string): number[] };
const cache = new Map<string, Enc>();

export const TOKENIZERS = ["o200k_base", "cl100k_base"] as const;
export type TokenizerName = (typeof TOKENIZERS)[number];

export function tokenizer(name: TokenizerName): Enc {
  let t = cache.get(name);
  if (!t) {
    t = require(`gpt-tokenizer/encoding/${name}`) as Enc;
    cache.set(name, t);
  }
  return t;
}

export function countTokens(text: string, name: TokenizerName = "o200k_base"): number {
  return tokenizer(name).encode(text).length;
}

/** Tokens of a block name as it appears after a dot or a space: with a leading space. */
export function nameTokens(name: string): { o200k: number; cl100k: number } {
  return { o200k: countTokens(` ${name}`, "o200k_base"), cl100k: countTokens(` ${name}`, "cl100k_base") };
}
