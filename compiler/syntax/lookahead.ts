// The parser's lookahead, stored by the build. For every OR, OPTION and MANY in the grammar, Chevrotain
// works out which token sequences choose which alternative: about 0.45 s of CPU at every start, for an
// answer that depends only on the grammar. `npm run build` stores the sequences (build/lookahead.json,
// scripts/build-index.ts) under a fingerprint of the grammar; this lookahead strategy (Chevrotain's
// `lookaheadStrategy` option) reads them back, and computes them as Chevrotain does when there is no
// table or the grammar has changed since it was made.
import { EOF, getLookaheadPaths, IOrAlt, IToken, LLkLookaheadStrategy, Rule, serializeGrammar, TokenType } from "chevrotain";
import type { ILookaheadStrategy, ILookaheadValidationError, OptionalProductionType } from "chevrotain";

import type { LookaheadTable } from "../assets.js";

type Paths = TokenType[][][];
type Parser = { LA(i: number): IToken };

export class StoredLookahead implements ILookaheadStrategy {
  /** Everything this strategy looked up or computed: what the build writes as the table. */
  readonly table: LookaheadTable;
  private stored: Record<string, number[][][]> = {};
  private readonly tokens: TokenType[];
  private readonly index: Map<TokenType, number>;

  constructor(private readonly maxLookahead: number, tokens: TokenType[], private readonly given: LookaheadTable | undefined) {
    this.tokens = [...tokens, EOF];
    this.index = new Map(this.tokens.map((t, i) => [t, i]));
    this.table = { grammar: "", tokens: this.tokens.map((t) => t.name), paths: {} };
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return new LLkLookaheadStrategy({ maxLookahead: this.maxLookahead }).validate(options);
  }

  /** Called with the recorded grammar before any lookahead is built: use the table only if it was
   *  made from this very grammar. */
  initialize({ rules }: { rules: Rule[] }): void {
    this.table.grammar = fingerprint(`${this.maxLookahead}\n${JSON.stringify(serializeGrammar(rules))}`);
    const same = this.given?.grammar === this.table.grammar && this.given.tokens.join() === this.table.tokens.join();
    this.stored = same ? this.given!.paths : {};
  }

  buildLookaheadForAlternation(o: { prodOccurrence: number; rule: Rule; maxLookahead: number; hasPredicates: boolean }): (alts?: IOrAlt<unknown>[]) => number | undefined {
    return chooseAlternative(this.paths(o.rule, "Alternation", o.prodOccurrence, o.maxLookahead), o.hasPredicates);
  }

  buildLookaheadForOptional(o: { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number }): () => boolean {
    // Chevrotain gives an optional production the paths inside it, then those after it: only the
    // first decide whether to enter
    const [inside] = this.paths(o.rule, o.prodType, o.prodOccurrence, o.maxLookahead);
    const choose = chooseAlternative([inside], false);
    return function (this: Parser) { return choose.call(this) === 0; };
  }

  private paths(rule: Rule, prodType: OptionalProductionType | "Alternation", occurrence: number, maxLookahead: number): Paths {
    const key = `${rule.name}/${prodType}${occurrence}`;
    const paths = this.stored[key] ?? getLookaheadPaths({ occurrence, rule, prodType, maxLookahead }).map((alt) => alt.map((path) => path.map((t) => this.index.get(t)!)));
    this.table.paths[key] = paths;
    return paths.map((alt) => alt.map((path) => path.map((i) => this.tokens[i])));
  }
}

/** The index of the first alternative (whose gate, if any, is open) with a path matching the next
 *  tokens; undefined when none does. One-token paths without gates become a table lookup. */
function chooseAlternative(alts: Paths, gated: boolean): (this: Parser, orAlts?: IOrAlt<unknown>[]) => number | undefined {
  if (!gated && alts.every((alt) => alt.every((path) => path.length === 1))) {
    const byToken: number[] = [];
    alts.forEach((alt, i) => alt.forEach(([t]) => { byToken[t.tokenTypeIdx!] ??= i; }));
    return function () { return byToken[this.LA(1).tokenTypeIdx]; };
  }
  return function (orAlts) {
    for (let i = 0; i < alts.length; i++) {
      const gate = gated ? (orAlts?.[i] as { GATE?: () => boolean } | undefined)?.GATE : undefined;
      if (gate && gate.call(this) === false) continue;
      for (const path of alts[i]) {
        let k = 0;
        while (k < path.length && this.LA(k + 1).tokenTypeIdx === path[k].tokenTypeIdx) k++;
        if (k === path.length) return i;
      }
    }
    return undefined;
  };
}

/** Two 32-bit FNV-1a hashes of the text (different offsets), as hex: tells one grammar from another. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
