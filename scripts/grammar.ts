// The Ideo TextMate grammar (editors/vscode/syntaxes/) loaded the way VS Code loads it:
// vscode-textmate on the Oniguruma regex engine, both from npm. Used by tests/editors.test.ts and
// scripts/render-grammar.ts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ROOT } from "../compiler/paths.js";

// both are CommonJS packages whose exports Node's ES module loader does not name: require them
const require = createRequire(import.meta.url);
const oniguruma = require("vscode-oniguruma") as typeof import("vscode-oniguruma");
const textmate = require("vscode-textmate") as typeof import("vscode-textmate");

export const GRAMMAR = join(ROOT, "editors", "vscode", "syntaxes", "ideo.tmLanguage.json");

export interface Piece { text: string; scopes: string[] }
export type Tokenize = (text: string) => Piece[][];

/** A tokenizer for Ideo text: for each line, its pieces with their scopes, outermost first. */
export async function ideoTokenizer(): Promise<Tokenize> {
  const wasm = readFileSync(join(dirname(require.resolve("vscode-oniguruma")), "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope: string) => (scope === "source.ideo" ? textmate.parseRawGrammar(readFileSync(GRAMMAR, "utf8"), GRAMMAR) : null),
  });
  const grammar = await registry.loadGrammar("source.ideo");
  if (!grammar) throw new Error(`cannot load ${GRAMMAR}`);
  return (text) => {
    let state = textmate.INITIAL;
    return text.split("\n").map((line) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
  };
}
