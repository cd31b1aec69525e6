// The grammar (Chevrotain, with error recovery) and the AST it builds: programs, functions, types and
// statements here, expressions in expressions.ts. `parse` is the stage's one entry point: tokens in,
// a Program and diagnostics out.
import { IToken, EOF, IRecognitionException, NoViableAltException, EarlyExitException, type TokenType } from "chevrotain";
import * as T from "./lexer.js";
import type { Block, Expr, FnDecl, Import, Param, Program, RecordDecl, Stmt, TypeExpr } from "./ast.js";
import { CODES, Diagnostic, Span, error } from "../diagnostics.js";
import { ERR, ExpressionParser, RX, sp } from "./expressions.js";
import { StoredLookahead } from "./lookahead.js";
import { assets, LookaheadTable } from "../assets.js";
import { unescape, usesArgs } from "./desugar.js";

const RB = { recoveryValueFunc: (): Block => ({ stmts: [], span: { start: 0, end: 0 } }) };

let validateGrammar = false;
const MAX_LOOKAHEAD = 4;

class IdeoParser extends ExpressionParser {
  constructor(readonly storedLookahead: StoredLookahead) {
    // The grammar is validated by tests/grammar.test.ts; skipping it here saves ~150 ms at every start.
    super({ recoveryEnabled: true, maxLookahead: MAX_LOOKAHEAD, skipValidations: !validateGrammar, lookaheadStrategy: storedLookahead });
    this.performSelfAnalysis();
  }

  // Chevrotain words these two errors by computing every lookahead path of the rule, which takes
  // seconds on some broken inputs (`fn main` over `  if`); `message` below words them from the
  // token alone, so they are raised without the paths.
  raiseNoAltException(): never {
    throw this.saveError(new NoViableAltException("", this.LA(1), this.LA(0)));
  }
  raiseEarlyExitException(): never {
    throw this.saveError(new EarlyExitException("", this.LA(1), this.LA(0)));
  }
  // Recovery may invent a missing token, but never an indented block's start: inventing one nests
  // every following line one block deeper (a file of `x = y while` lines nested a level per line,
  // past the stack, in time that grew with the square of its length).
  override canTokenTypeBeInsertedInRecovery(tokType: TokenType): boolean {
    return tokType !== T.Indent;
  }
  private saveError(e: Error): Error {
    return (this as unknown as { SAVE_ERROR(e: Error): Error }).SAVE_ERROR(e);
  }

  program = this.RULE("program", (): Program => {
    const fns: FnDecl[] = [];
    const top: Stmt[] = [];
    const imports: Import[] = [];
    const records: RecordDecl[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Newline); } },
        // `import` and `extern` are words only here, so programs may still use them as names
        { GATE: () => this.LA(1).image === "import", ALT: () => { const i = this.SUBRULE(this.importDecl); this.ACTION(() => i && imports.push(i)); } },
        { GATE: () => this.LA(1).image === "extern", ALT: () => { const f = this.SUBRULE(this.externDecl); this.ACTION(() => f && fns.push(f)); } },
        { GATE: () => this.recordAhead(), IGNORE_AMBIGUITIES: true, ALT: () => { const r = this.SUBRULE(this.recordDecl); this.ACTION(() => r && records.push(r)); } },
        { ALT: () => { const f = this.SUBRULE(this.fnDecl); this.ACTION(() => f && fns.push(f)); } },
        { GATE: () => this.shortFnAhead(), IGNORE_AMBIGUITIES: true, ALT: () => { const f = this.SUBRULE(this.shortFn); this.ACTION(() => f && fns.push(f)); } },
        { ALT: () => { const s = this.SUBRULE(this.stmt); this.ACTION(() => s && top.push(s)); } },
      ]);
    });
    return this.ACTION(() => {
      // statements outside any function form `main`, so a script needs no `fn main` (definitions
      // such as `double = _ * 2` are taken out of it again by check/placeholders.ts)
      if (top.length) {
        const span = { start: top[0].span.start, end: top[top.length - 1].span.end };
        // a script reads its command-line arguments as `args`, where it sets no variable of that name
        const params = usesArgs(top) ? [{ name: "args", span }] : [];
        fns.push({ name: "main", nameSpan: span, params, body: { stmts: top, span }, span, script: true });
      }
      const program: Program = imports.length ? { fns, imports } : { fns };
      if (records.length) program.records = records;
      return program;
    });
  });

  /** `import "util.ideo"`: the functions of another file. */
  importDecl = this.RULE("importDecl", (): Import => {
    const kw = this.CONSUME(T.Ident);
    const path = this.CONSUME(T.StrLit);
    this.CONSUME(T.Newline);
    return this.ACTION(() => ({ path: unescape(path.image), pathSpan: sp(path), span: sp(kw, path) }));
  }, { recoveryValueFunc: () => undefined as unknown as Import });

  /** `type Name =` starts a record type (`type(x)`, the block, never has a name after it). */
  private recordAhead(): boolean {
    return this.LA(1).image === "type" && this.LA(2).tokenType === T.Ident && this.LA(3).tokenType === T.Assign;
  }

  /** `type Body = (x: float, y: float)`: a record type, each field's type written out. */
  recordDecl = this.RULE("recordDecl", (): RecordDecl => {
    const kw = this.CONSUME(T.Ident);
    const name = this.CONSUME2(T.Ident);
    this.CONSUME(T.Assign);
    this.CONSUME(T.LParen);
    const fields: RecordDecl["fields"] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => {
      const field = this.CONSUME3(T.Ident);
      this.CONSUME(T.Colon);
      const type = this.SUBRULE(this.type);
      this.ACTION(() => type && fields.push({ name: field.image, type, span: sp(sp(field), type.span) }));
    } });
    const close = this.CONSUME(T.RParen);
    this.CONSUME(T.Newline);
    return this.ACTION(() => ({ name: name.image, nameSpan: sp(name), fields, span: sp(kw, close) }));
  }, { recoveryValueFunc: () => undefined as unknown as RecordDecl });

  /** `extern now() -> float`: a function the JS host passes in, its parameter types annotated. */
  externDecl = this.RULE("externDecl", (): FnDecl => {
    const kw = this.CONSUME(T.Ident);
    const name = this.CONSUME2(T.Ident);
    const params = this.SUBRULE(this.params);
    let result: TypeExpr | undefined;
    this.OPTION(() => { this.CONSUME(T.RArrow); result = this.SUBRULE(this.type); });
    this.CONSUME(T.Newline);
    return this.ACTION(() => {
      const end = result?.span ?? sp(name);
      return { name: name.image, nameSpan: sp(name), params, result, body: { stmts: [], span: end }, span: sp(kw, end), host: true };
    });
  }, { recoveryValueFunc: () => undefined as unknown as FnDecl });

  fnDecl = this.RULE("fnDecl", (): FnDecl => {
    const kw = this.CONSUME(T.Fn);
    const name = this.CONSUME(T.Ident);
    let params: Param[] = [];
    this.OPTION(() => { params = this.SUBRULE(this.params); });
    return this.SUBRULE(this.fnRest, { ARGS: [kw, name, params] });
  }, { recoveryValueFunc: () => undefined as unknown as FnDecl });

  /** At the top level, `name(params) = expr` defines a function without `fn`, as in mathematics
   *  (and `name(params)` over an indented body). */
  shortFn = this.RULE("shortFn", (): FnDecl => {
    const name = this.CONSUME(T.Ident);
    const params = this.SUBRULE(this.params);
    return this.SUBRULE(this.fnRest, { ARGS: [name, name, params] });
  }, { recoveryValueFunc: () => undefined as unknown as FnDecl });

  /** Is `name(…) =`, `name(…) ->` or `name(…)` over an indented body next? (A call statement is
   *  never followed by `=` or by an indented block.) */
  private shortFnAhead(): boolean {
    if (this.LA(1).tokenType !== T.Ident || this.LA(2).tokenType !== T.LParen) return false;
    let depth = 0;
    for (let k = 2; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === T.LParen || t === T.LBracket) depth++;
      else if (t === T.RParen || t === T.RBracket) {
        if (--depth === 0) {
          const next = this.LA(k + 1).tokenType;
          return next === T.Assign || next === T.RArrow || (next === T.Newline && this.LA(k + 2).tokenType === T.Indent);
        }
      } else if (t === T.Newline || t === EOF) return false;
    }
  }

  params = this.RULE("params", (): Param[] => {
    const params: Param[] = [];
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => { const p = this.SUBRULE(this.param); this.ACTION(() => params.push(p)); } });
    this.CONSUME(T.RParen);
    return params;
  });

  fnRest = this.RULE("fnRest", (start: IToken, name: IToken, params: Param[]): FnDecl => {
    let result: TypeExpr | undefined;
    this.OPTION2(() => { this.CONSUME(T.RArrow); result = this.SUBRULE(this.type); });
    const body = this.OR([
      { ALT: () => {
        const eq = this.CONSUME(T.Assign);
        const e = this.SUBRULE(this.expr);
        this.CONSUME2(T.Newline);
        return this.ACTION(() => ({ stmts: [{ kind: "expr", expr: e, span: e.span } as Stmt], span: sp(eq, e.span) }));
      } },
      { ALT: () => { this.CONSUME3(T.Newline); return this.SUBRULE(this.indented); } },
    ]);
    return this.ACTION(() => ({ name: name.image, nameSpan: sp(name), params, result, body, span: sp(start, body?.span ?? sp(name)) }));
  }, { recoveryValueFunc: () => undefined as unknown as FnDecl });

  param = this.RULE("param", (): Param => {
    const name = this.CONSUME(T.Ident);
    let type: TypeExpr | undefined;
    this.OPTION(() => { this.CONSUME(T.Colon); type = this.SUBRULE(this.type); });
    return this.ACTION(() => ({ name: name.image, type, span: type ? sp(sp(name), type.span) : sp(name) }));
  });

  /** A type, `T?` when it may be null. */
  type = this.RULE("type", (): TypeExpr => {
    const t = this.SUBRULE(this.baseType);
    let q: IToken | undefined;
    this.OPTION(() => { q = this.CONSUME(T.Question); });
    // after a recovered error t may be missing (`x: in?`): the error is reported, the `?` dropped
    return this.ACTION(() => (q && t ? { kind: "opt", elem: t, span: sp(t.span, sp(q)) } : t) as TypeExpr);
  });

  baseType = this.RULE("baseType", (): TypeExpr => this.OR([
    { ALT: () => { const t = this.CONSUME(T.Ident); return this.ACTION(() => ({ kind: "named", name: t.image, span: sp(t) }) as TypeExpr); } },
    { ALT: () => {
      const l = this.CONSUME(T.LBracket); const elem = this.SUBRULE(this.type); const r = this.CONSUME(T.RBracket);
      return this.ACTION(() => ({ kind: "array", elem, span: sp(l, r) }) as TypeExpr);
    } },
    { ALT: () => {
      const l = this.CONSUME(T.LParen);
      const items: TypeExpr[] = [];
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => { const t = this.SUBRULE2(this.type); this.ACTION(() => items.push(t)); } });
      const r = this.CONSUME(T.RParen);
      return this.ACTION(() => (items.length === 1 ? items[0] : { kind: "tuple", items, span: sp(l, r) }) as TypeExpr);
    } },
    { ALT: () => {
      const l = this.CONSUME(T.LBrace); const key = this.SUBRULE3(this.type); this.CONSUME(T.Colon); const value = this.SUBRULE4(this.type); const r = this.CONSUME(T.RBrace);
      return this.ACTION(() => ({ kind: "map", key, value, span: sp(l, r) }) as TypeExpr);
    } },
  ]));

  indented = this.RULE("indented", (): Block => {
    const open = this.CONSUME(T.Indent);
    const stmts: Stmt[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Newline); } },
        { ALT: () => { const s = this.SUBRULE(this.stmt); this.ACTION(() => s && stmts.push(s)); } },
      ]);
    });
    const close = this.CONSUME(T.Dedent);
    return this.ACTION(() => ({ stmts, span: stmts.length ? sp(stmts[0].span, stmts[stmts.length - 1].span) : sp(open, close) }));
  }, RB);

  stmt = this.RULE("stmt", (): Stmt => this.OR([
    { ALT: () => {
      const kw = this.CONSUME(T.While);
      const cond = this.SUBRULE(this.expr);
      const body = this.SUBRULE(this.body);
      return this.ACTION(() => ({ kind: "while", cond, body, span: sp(kw, body?.span ?? cond?.span) }) as Stmt);
    } },
    { ALT: () => {
      const kw = this.CONSUME(T.For);
      const vars: { name: string; span: Span }[] = [];
      // `_` names a variable the loop does not read, as in Python
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => { const v = this.OR2([{ ALT: () => this.CONSUME(T.Ident) }, { ALT: () => this.CONSUME(T.Underscore) }]); this.ACTION(() => vars.push({ name: v.image, span: sp(v) })); } });
      this.CONSUME(T.In);
      const iter = this.SUBRULE2(this.expr);
      const body = this.SUBRULE2(this.body);
      return this.ACTION(() => ({ kind: "for", vars, iter, body, span: sp(kw, body?.span ?? iter?.span) }) as Stmt);
    } },
    // `if` at the start of a statement is the statement form, which also covers `if c: a else b`
    { IGNORE_AMBIGUITIES: true, ALT: () => { const e = this.SUBRULE(this.ifStmt); return this.ACTION(() => ({ kind: "expr", expr: e, span: e.span }) as Stmt); } },
    { ALT: () => { const s = this.SUBRULE(this.simple); this.CONSUME(T.Newline); return s; } },
  ]), { recoveryValueFunc: () => undefined as unknown as Stmt });

  /** A statement that fits on one line: assignment, expression, return, break, continue. */
  simple = this.RULE("simple", (): Stmt => this.OR([
    { ALT: () => {
      const kw = this.CONSUME(T.Return);
      let value: Expr | undefined;
      this.OPTION(() => { value = this.SUBRULE(this.expr); });
      return this.ACTION(() => ({ kind: "return", value, span: value ? sp(sp(kw), value.span) : sp(kw) }) as Stmt);
    } },
    { ALT: () => { const k = this.CONSUME(T.Break); return this.ACTION(() => ({ kind: "break", span: sp(k) }) as Stmt); } },
    { ALT: () => { const k = this.CONSUME(T.Continue); return this.ACTION(() => ({ kind: "continue", span: sp(k) }) as Stmt); } },
    { ALT: () => {
      const first = this.SUBRULE2(this.expr);
      const more: Expr[] = [];
      this.MANY(() => { this.CONSUME(T.Comma); const e = this.SUBRULE4(this.expr); this.ACTION(() => more.push(e)); });
      let op: IToken | undefined, value: Expr | undefined;
      this.OPTION2(() => {
        op = this.OR2([{ ALT: () => this.CONSUME(T.Assign) }, { ALT: () => this.CONSUME(T.AssignOp) }]);
        value = this.SUBRULE3(this.exprList);
      });
      return this.ACTION(() => {
        const target = tupleOf([first, ...more]);
        if (op && value) return { kind: "assign", target, op: op.image as "=", value, span: sp(target.span, value.span) } as Stmt;
        // `a, b` alone sets nothing, and is no value a body could give either
        const expr: Expr = more.length ? { kind: "error", span: target.span, message: "names separated by commas are set together: `a, b = b, a + b`" } : first;
        return { kind: "expr", expr, span: target.span } as Stmt;
      });
    } },
  ]), { recoveryValueFunc: (): Stmt => ({ kind: "expr", expr: ERR(), span: { start: 0, end: 0 } }) });

  /** The right side of an assignment: `a, b = b, a + b` sets several names at once from a tuple
   *  written without its parentheses, as in Python. */
  exprList = this.RULE("exprList", (): Expr => {
    const items: Expr[] = [this.SUBRULE(this.expr)];
    this.MANY(() => { this.CONSUME(T.Comma); const e = this.SUBRULE2(this.expr); this.ACTION(() => items.push(e)); });
    return this.ACTION(() => tupleOf(items));
  }, RX);

  /** `: stmt` on the same line, or an indented block. */
  body = this.RULE("body", (): Block => this.OR([
    { ALT: () => {
      this.CONSUME(T.Colon);
      const s = this.SUBRULE(this.simple);
      this.CONSUME(T.Newline);
      return this.ACTION(() => ({ stmts: s ? [s] : [], span: s?.span ?? { start: 0, end: 0 } }));
    } },
    { ALT: () => { this.CONSUME2(T.Newline); return this.SUBRULE(this.indented); } },
  ]), RB);

  /** if as a statement: inline branches (`if c: a else b`) or indented blocks; `else` may start
   *  the next line after an inline branch too, so if/else-if chains can be written one per line. */
  ifStmt = this.RULE("ifStmt", (): Expr => {
    const kw = this.CONSUME(T.If);
    const cond = this.SUBRULE(this.expr);
    let then!: Block, els: Block | undefined;
    this.OR([
      { ALT: () => {
        this.CONSUME(T.Colon);
        const s = this.SUBRULE(this.simple);
        then = this.ACTION(() => ({ stmts: s ? [s] : [], span: s?.span ?? { start: 0, end: 0 } }));
        this.OR2([
          { ALT: () => { this.CONSUME(T.Else); els = this.SUBRULE(this.elseBody); } },
          { ALT: () => {
            this.CONSUME(T.Newline);
            this.OPTION(() => { this.CONSUME2(T.Else); els = this.SUBRULE2(this.elseBody); });
          } },
        ]);
      } },
      { ALT: () => {
        this.CONSUME2(T.Newline);
        then = this.SUBRULE(this.indented);
        this.OPTION2(() => { this.CONSUME3(T.Else); els = this.SUBRULE3(this.elseBody); });
      } },
    ]);
    return this.ACTION(() => ({ kind: "if", cond, then, else: els, span: sp(sp(kw), (els ?? then)?.span ?? cond.span) }) as Expr);
  }, RX);

  /** After `else`: another if, an inline statement (optionally after ':'), or an indented block. */
  elseBody = this.RULE("elseBody", (): Block => this.OR([
    { IGNORE_AMBIGUITIES: true, ALT: () => { const e = this.SUBRULE(this.ifStmt); return this.ACTION(() => ({ stmts: [{ kind: "expr", expr: e, span: e.span } as Stmt], span: e.span })); } },
    { ALT: () => {
      this.OPTION(() => this.CONSUME(T.Colon));
      const s = this.SUBRULE(this.simple);
      this.CONSUME(T.Newline);
      return this.ACTION(() => ({ stmts: s ? [s] : [], span: s?.span ?? { start: 0, end: 0 } }));
    } },
    { ALT: () => { this.CONSUME2(T.Newline); return this.SUBRULE(this.indented); } },
  ]), RB);

}

/** One expression, or the tuple of several (`a, b`). */
function tupleOf(items: Expr[]): Expr {
  items = items.map((e) => e ?? ERR());
  return items.length === 1 ? items[0] : { kind: "tuple", items, span: sp(items[0].span, items[items.length - 1].span) };
}

let parser: IdeoParser | undefined;

/** Build the parser with Chevrotain's grammar validations on (throws on a grammar error). */
export function validatedParser(): void {
  validateGrammar = true;
  try { new IdeoParser(new StoredLookahead(MAX_LOOKAHEAD, T.allTokens, undefined)); } finally { validateGrammar = false; }
}

/** The parser's lookahead as the build stores it, worked out afresh from the grammar. */
export function lookaheadTable(): LookaheadTable {
  return new IdeoParser(new StoredLookahead(MAX_LOOKAHEAD, T.allTokens, undefined)).storedLookahead.table;
}

const LABELS: Record<string, string> = {
  Newline: "end of line", Indent: "an indented block", Dedent: "end of block", Ident: "a name", IntLit: "a number",
  FloatLit: "a number", StrLit: "a string", LParen: "'('", RParen: "')'", LBracket: "'['", RBracket: "']'",
  Comma: "','", Colon: "':'", Dot: "'.'", Assign: "'='", Arrow: "'=>'", RArrow: "'->'", EOF: "end of file",
};

function describe(t: IToken): string {
  if (t.tokenType === EOF) return "end of file";
  if (t.image) return `'${t.image.length > 20 ? t.image.slice(0, 20) + "…" : t.image}'`;
  return LABELS[t.tokenType.name] ?? t.tokenType.name;
}

function message(e: IRecognitionException): string {
  const found = describe(e.token);
  const m = /Expecting (?:token of type )?--> (\w+) <--/.exec(e.message);
  if (m) return `expected ${LABELS[m[1]] ?? m[1].toLowerCase()}, found ${found}`;
  if (e.name === "NoViableAltException" || e.name === "EarlyExitException") return `unexpected ${found}`;
  return `unexpected ${found}`;
}

/** Python words a model or a person writes out of habit, at or just before a syntax error: what
 *  Ideo writes instead. */
const PYTHON_HABITS: Record<string, string> = {
  def: "a function is `name(params) = expr`, or `name(params)` over an indented body (`fn name` when it has no parameters)",
  is: "compare with `==` (`x == null`)",
  lambda: "a lambda is `x => expr`, `(a, b) => expr`, or an argument with `_` in it (`xs.map(_ * 2)`)",
  if: "a conditional expression is `if c: a else b`",
  pass: "an empty body is not needed: leave the branch out",
  class: "Ideo has no classes: use tuples `(a, b)` and maps `{k: v}`",
  import: "blocks need no import: every block is always there (`ideo vocab` lists them); `import \"util.ideo\"` brings in another file's functions",
  from: "blocks need no import: every block is always there (`ideo vocab` lists them); `import \"util.ideo\"` brings in another file's functions",
};

export function parse(tokens: IToken[]): { program: Program; diagnostics: Diagnostic[] } {
  parser ??= new IdeoParser(new StoredLookahead(MAX_LOOKAHEAD, T.allTokens, assets().lookahead()));
  parser.input = tokens;
  let program: Program;
  try {
    program = parser.program() ?? { fns: [] };
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { program: { fns: [] }, diagnostics: [error(CODES.tooDeep, "the program nests too deeply to parse", { start: 0, end: 1 })] };
    }
    throw e;
  }
  const diagnostics: Diagnostic[] = [];
  let lastLine = -1;
  for (const e of parser.errors) {
    const t = e.token;
    const line = t.startLine ?? -1;
    if (line === lastLine && line !== -1) continue; // one error per line: the rest are usually echoes
    lastLine = line;
    const start = Number.isFinite(t.startOffset) ? t.startOffset : tokens.length ? tokens[tokens.length - 1].startOffset : 0;
    const before = tokens[tokens.findIndex((x) => x.startOffset >= start) - 1];
    const hint = PYTHON_HABITS[t.image] ?? (before?.startLine === line ? PYTHON_HABITS[before.image] : undefined);
    diagnostics.push(error(CODES.parse, message(e), { start, end: start + Math.max(1, t.image?.length ?? 1) }, hint ? { suggestions: [hint] } : {}));
    if (diagnostics.length >= 20) break;
  }
  program.fns = program.fns.filter(Boolean);
  return { program, diagnostics };
}
