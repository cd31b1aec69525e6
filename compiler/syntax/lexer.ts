// Tokens, and the layout pass that turns indentation into INDENT/DEDENT/NEWLINE tokens.
// Block names are plain identifiers here: the vocabulary grows without touching the grammar.
import { createToken, Lexer, IToken, TokenType, createTokenInstance } from "chevrotain";
import { CODES, Diagnostic, error } from "../diagnostics.js";

export const Ident = createToken({ name: "Ident", pattern: /[A-Za-z_][A-Za-z0-9_]*/ });
const kw = (name: string, word: string) => createToken({ name, pattern: new RegExp(word), longer_alt: Ident });
export const Fn = kw("Fn", "fn");
export const If = kw("If", "if");
export const Else = kw("Else", "else");
export const While = kw("While", "while");
export const For = kw("For", "for");
export const In = kw("In", "in");
export const Return = kw("Return", "return");
export const Break = kw("Break", "break");
export const Continue = kw("Continue", "continue");
export const And = kw("And", "and");
export const Or = kw("Or", "or");
export const Not = kw("Not", "not");
export const True = kw("True", "true");
export const False = kw("False", "false");
export const Null = kw("Null", "null");
export const NumPlaceholder = createToken({ name: "NumPlaceholder", pattern: /_[1-9](?![A-Za-z0-9_])/ });
export const Underscore = createToken({ name: "Underscore", pattern: /_(?![A-Za-z0-9_])/ });

export const FloatLit = createToken({ name: "FloatLit", pattern: /\d+\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+/ });
export const IntLit = createToken({ name: "IntLit", pattern: /0[xX][0-9a-fA-F]+|0[bB][01]+|\d+/ });
// Unrolled loops (no alternation per character) so a 10 MB string does not exhaust the regex stack.
export const StrLit = createToken({ name: "StrLit", pattern: /"[^"\\\n\r]*(?:\\.[^"\\\n\r]*)*"|'[^'\\\n\r]*(?:\\.[^'\\\n\r]*)*'/ });
export const BadStr = createToken({ name: "BadStr", pattern: /"[^"\\\n\r]*(?:\\.[^"\\\n\r]*)*|'[^'\\\n\r]*(?:\\.[^'\\\n\r]*)*/ });

export const Arrow = createToken({ name: "Arrow", pattern: /=>/ });
export const RArrow = createToken({ name: "RArrow", pattern: /->/ });
export const AssignOp = createToken({ name: "AssignOp", pattern: /\+=|-=|\*=|\/\/=|\/=|%=|&=|\|=|\^=|<<=|>>=/ });
// before CmpOp, which would read `<<` as two `<`
export const ShiftOp = createToken({ name: "ShiftOp", pattern: /<<|>>/ });
export const CmpOp = createToken({ name: "CmpOp", pattern: /==|!=|<=|>=|<|>/ });
export const Assign = createToken({ name: "Assign", pattern: /=/ });
export const Pow = createToken({ name: "Pow", pattern: /\*\*/ });
export const MulOp = createToken({ name: "MulOp", pattern: /\/\/|\*|\/|%/ });
export const Plus = createToken({ name: "Plus", pattern: /\+/ });
export const Minus = createToken({ name: "Minus", pattern: /-/ });
export const Amp = createToken({ name: "Amp", pattern: /&/ });
export const Pipe = createToken({ name: "Pipe", pattern: /\|/ });
export const Caret = createToken({ name: "Caret", pattern: /\^/ });
export const Tilde = createToken({ name: "Tilde", pattern: /~/ });
export const LParen = createToken({ name: "LParen", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", pattern: /\)/ });
export const LBracket = createToken({ name: "LBracket", pattern: /\[/ });
export const RBracket = createToken({ name: "RBracket", pattern: /\]/ });
export const LBrace = createToken({ name: "LBrace", pattern: /\{/ });
export const RBrace = createToken({ name: "RBrace", pattern: /\}/ });
export const Comma = createToken({ name: "Comma", pattern: /,/ });
export const Colon = createToken({ name: "Colon", pattern: /:/ });
export const Coalesce = createToken({ name: "Coalesce", pattern: /\?\?/ });
export const Question = createToken({ name: "Question", pattern: /\?/ });
export const DotDot = createToken({ name: "DotDot", pattern: /\.\./ });
export const Dot = createToken({ name: "Dot", pattern: /\./ });

// Comments are kept in their own group, out of the parser's way, for the formatter and editors.
export const Comment = createToken({ name: "Comment", pattern: /#[^\n]*/, group: "comments" });
const Space = createToken({ name: "Space", pattern: /[ \t\r]+/, group: Lexer.SKIPPED });
const LineEnd = createToken({ name: "LineEnd", pattern: /\n/, group: Lexer.SKIPPED, line_breaks: true });

// Layout tokens: never matched from text, inserted by `layout`.
export const Newline = createToken({ name: "Newline", pattern: Lexer.NA });
export const Indent = createToken({ name: "Indent", pattern: Lexer.NA });
export const Dedent = createToken({ name: "Dedent", pattern: Lexer.NA });

export const allTokens: TokenType[] = [
  Comment, Space, LineEnd, Newline, Indent, Dedent,
  FloatLit, IntLit, StrLit, BadStr,
  Fn, If, Else, While, For, In, Return, Break, Continue, And, Or, Not, True, False, Null, NumPlaceholder, Underscore, Ident,
  Arrow, RArrow, AssignOp, ShiftOp, CmpOp, Assign, Pow, MulOp, Plus, Minus, Amp, Pipe, Caret, Tilde,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Colon, Coalesce, Question, DotDot, Dot,
];

// Chevrotain's checks of the token definitions are run by tests/grammar.test.ts (validatedLexer);
// skipping them here saves ~60 ms at every start.
const newLexer = (skipValidations: boolean) => new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: false, recoveryEnabled: true, skipValidations });
let lexer: Lexer | undefined;

/** The lexer built with Chevrotain's checks on: the errors they find. */
export function validatedLexer(): string[] {
  return newLexer(false).lexerDefinitionErrors.map((e) => e.message);
}

export const MAX_DEPTH = 200;

/** `tokens` with the layout tokens in; `comments` apart, in source order. */
export interface Lexed { tokens: IToken[]; comments: IToken[]; diagnostics: Diagnostic[] }

export function lex(source: string): Lexed {
  const diagnostics: Diagnostic[] = [];
  lexer ??= newLexer(true);
  const res = lexer.tokenize(source);
  // one diagnostic per run of unreadable characters, not one per byte
  let lastEnd = -2;
  for (const e of res.errors) {
    if (e.offset <= lastEnd + 1 && diagnostics.length) {
      diagnostics[diagnostics.length - 1].span.end = e.offset + e.length;
    } else if (diagnostics.length < 20) {
      const ch = source.codePointAt(e.offset) ?? 0;
      diagnostics.push(error(CODES.lexChar, `unexpected character ${JSON.stringify(String.fromCodePoint(ch))}`, { start: e.offset, end: e.offset + e.length }));
    }
    lastEnd = e.offset + e.length - 1;
  }
  const tokens: IToken[] = [];
  for (const t of res.tokens) {
    if (t.tokenType === BadStr) {
      diagnostics.push(error(CODES.lexString, "unterminated string", { start: t.startOffset, end: t.endOffset! + 1 }, { suggestions: ["close the string with a matching quote on the same line"] }));
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (t.tokenType === FloatLit && prev?.tokenType === Dot && prev.endOffset! + 1 === t.startOffset && /^\d+\.\d+$/.test(t.image)) {
      tokens.push(...nestedFields(t)); // `p.0.1`: two fields, not the number 0.1
      continue;
    }
    tokens.push(t);
  }
  return { tokens: layout(tokens, source, diagnostics), comments: res.groups.comments ?? [], diagnostics };
}

/** Links of one chain of calls and fields (`xs.a.b(1).c`) past which a program is refused: each
 *  link nests the chain one level deeper for every stage after the parser, so a chain of 3,000
 *  checked in one thread and overflowed the stack in another (fuzz seed 1, input 703342), and 700
 *  overflowed `ideo check`'s. A fixed limit refuses the same programs on any stack. */
export const MAX_CHAIN = 500;

/** The dots of the chain going on at each bracket depth; a token that is not part of a chain (an
 *  operator, a comma, a keyword, a line's end) ends the chain at its depth. */
class Chains {
  private dots: number[] = [0];
  /** The first dot past MAX_CHAIN, if any. */
  longest: IToken | undefined;
  see(t: IToken, depth: number): void {
    const ty = t.tokenType;
    if (ty === LParen || ty === LBracket || ty === LBrace) this.dots[depth] = 0; // a new context inside
    else if (ty === Dot) {
      this.dots[depth] = (this.dots[depth] ?? 0) + 1;
      if (this.dots[depth] > MAX_CHAIN) this.longest ??= t;
    } else if (ty !== Ident && ty !== IntLit && ty !== RParen && ty !== RBracket && ty !== RBrace) this.dots[depth] = 0;
  }
}

/** Lambdas written one in another without brackets (`x => y => z => …`), counted as the chains are
 *  so that the limit is the same on every stack: the parser recurses once a lambda, and 800 of them
 *  overflowed the main thread's stack, fewer a worker's (fuzz seed 1, input 751436). An arrow
 *  continues the run when one parameter (a name, or a bracketed list) is all that stands between it
 *  and the arrow before it at the same bracket depth. */
class Arrows {
  private since: number[] = [];
  private run: number[] = [];
  deepest: { at: IToken; run: number } | undefined;
  see(t: IToken, depth: number): void {
    const ty = t.tokenType;
    if (ty === LParen || ty === LBracket || ty === LBrace) {
      this.step(depth - 1);
      this.since[depth] = -1; // a new context inside
      this.run[depth] = 0;
    } else if (ty === Arrow) {
      this.run[depth] = this.since[depth] === 1 ? (this.run[depth] ?? 0) + 1 : 1;
      this.since[depth] = 0;
      if (this.run[depth] > MAX_DEPTH && (!this.deepest || this.run[depth] > this.deepest.run)) this.deepest = { at: this.deepest?.at ?? t, run: this.run[depth] };
    } else if (ty !== RParen && ty !== RBracket && ty !== RBrace) this.step(depth);
  }
  private step(depth: number): void {
    if ((this.since[depth] ?? -1) >= 0) this.since[depth]++;
  }
}

/** `0.1` right after a `.` as the tokens `0`, `.`, `1`. */
function nestedFields(t: IToken): IToken[] {
  const [a, b] = t.image.split(".");
  const at = (type: TokenType, image: string, off: number) =>
    createTokenInstance(type, image, t.startOffset + off, t.startOffset + off + image.length - 1, t.startLine!, t.startLine!, t.startColumn! + off, t.startColumn! + off + image.length - 1);
  return [at(IntLit, a, 0), at(Dot, ".", a.length), at(IntLit, b, a.length + 1)];
}

function synth(type: TokenType, at: IToken | undefined, source: string): IToken {
  const off = at ? at.startOffset : source.length;
  const line = at?.startLine ?? 1, col = at?.startColumn ?? 1;
  return createTokenInstance(type, "", off, off, line, line, col, col);
}

/** Off-side rule: a deeper line opens a block, a shallower one closes blocks; inside brackets and
 *  before a line that starts with `.` (a continued chain), line breaks mean nothing. */
function layout(tokens: IToken[], source: string, diagnostics: Diagnostic[]): IToken[] {
  const out: IToken[] = [];
  const stack = [1];
  let depth = 0, maxDepth = 0, indentErrors = 0;
  let deepBlock: IToken | undefined;
  const chains = new Chains(), arrows = new Arrows();
  // signs and `not`s in a row (`- - - x`) nest as deep as there are: counted here for the same reason
  // as chains and lambdas (3,000 overflowed the main thread's parser and not a worker's, which then
  // spent 15 s on the editor's answers: fuzz seed 1, input 771568)
  let signs = 0, manySigns: IToken | undefined, mostSigns = 0;
  let prevLine = -1;
  for (const t of tokens) {
    const newLine = t.startLine !== prevLine;
    // `fn` at the start of a line always begins a declaration: an unclosed bracket above ends here
    if (newLine && t.tokenType === Fn && t.startColumn === 1) depth = 0;
    if (newLine && depth === 0 && out.length && t.tokenType !== Dot) {
      const last = out[out.length - 1].tokenType;
      if (last !== Newline && last !== Indent) out.push(synth(Newline, t, source));
      const col = t.startColumn!;
      if (col > stack[stack.length - 1]) {
        stack.push(col);
        out.push(synth(Indent, t, source));
        if (stack.length - 1 > MAX_DEPTH && !deepBlock) deepBlock = t;
      } else {
        while (stack.length > 1 && col < stack[stack.length - 1]) {
          stack.pop();
          out.push(synth(Dedent, t, source));
        }
        if (col !== stack[stack.length - 1] && indentErrors++ < 20) {
          // report once, then read the line as part of the block it falls back into
          const like = stack.length > 1 ? "a line above" : "the first line";
          diagnostics.push(error(CODES.lexIndent, "this line's indentation matches no enclosing block", { start: t.startOffset, end: t.startOffset + 1 }, { suggestions: [`indent it like ${like} (column ${stack[stack.length - 1]})`] }));
        }
      }
    } else if (newLine && depth === 0 && !out.length && t.startColumn !== 1) {
      stack[0] = t.startColumn!;
    }
    const ty = t.tokenType;
    if (ty === Ident && t.image === "elif") {
      // Python's `elif` is `else if`: "el" becomes the else, "if" the if, so spans stay in the source
      const at = t.startOffset, line = t.startLine!, col = t.startColumn!;
      out.push(createTokenInstance(Else, "el", at, at + 1, line, line, col, col + 1));
      out.push(createTokenInstance(If, "if", at + 2, at + 3, line, line, col + 2, col + 3));
      prevLine = line;
      continue;
    }
    if (ty === LParen || ty === LBracket || ty === LBrace) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    } else if ((ty === RParen || ty === RBracket || ty === RBrace) && depth > 0) depth--;
    chains.see(t, depth);
    arrows.see(t, depth);
    signs = ty === Minus || ty === Plus || ty === Tilde || ty === Not ? signs + 1 : 0;
    if (signs > MAX_DEPTH) { manySigns ??= t; mostSigns = Math.max(mostSigns, signs); }
    out.push(t);
    prevLine = t.endLine ?? t.startLine!;
  }
  if (out.length && out[out.length - 1].tokenType !== Newline) out.push(synth(Newline, undefined, source));
  while (stack.length > 1) {
    stack.pop();
    out.push(synth(Dedent, undefined, source));
  }
  if (deepBlock) {
    diagnostics.push(error(CODES.tooDeep, `indented blocks nest more than ${MAX_DEPTH} deep`, { start: deepBlock.startOffset, end: deepBlock.startOffset + 1 }, { suggestions: ["move the inner part into a function of its own"] }));
  }
  if (chains.longest) {
    diagnostics.push(error(CODES.tooDeep, `a chain of more than ${MAX_CHAIN} calls; the limit is ${MAX_CHAIN}`, { start: chains.longest.startOffset, end: chains.longest.startOffset + 1 }, { suggestions: ["name a part of it (`ys = xs.f.g`, then `ys.h`), or loop"] }));
  }
  if (manySigns) {
    diagnostics.push(error(CODES.tooDeep, `${mostSigns} signs or \`not\`s in a row; the limit is ${MAX_DEPTH}`, { start: manySigns.startOffset, end: manySigns.startOffset + 1 }, { suggestions: ["two of a sign cancel out: `- -x` is `x`"] }));
  }
  if (arrows.deepest) {
    const { at, run } = arrows.deepest;
    diagnostics.push(error(CODES.tooDeep, `lambdas nest ${run} deep (x => y => …); the limit is ${MAX_DEPTH}`, { start: at.startOffset, end: at.endOffset! + 1 }, { suggestions: ["take the parameters together: `(x, y) => …`"] }));
  }
  if (maxDepth > MAX_DEPTH) {
    const at = tokens.find((t) => t.tokenType === LParen || t.tokenType === LBracket || t.tokenType === LBrace)!;
    diagnostics.push(error(CODES.tooDeep, `brackets nest ${maxDepth} deep; the limit is ${MAX_DEPTH}`, { start: at.startOffset, end: at.startOffset + 1 }));
  }
  return out;
}
