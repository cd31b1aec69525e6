// The grammar (Chevrotain, with error recovery) and the AST it builds. `parse` is the stage's
// one entry point: source text in, a Program and diagnostics out.
import { EmbeddedActionsParser, IToken, TokenType, EOF, IRecognitionException } from "chevrotain";
import * as T from "./lexer.js";
import type { Block, Expr, FnDecl, Param, Program, Stmt, TypeExpr, BinOp } from "./ast.js";
import { CODES, Diagnostic, Span, error } from "../diagnostics.js";
import { comprehension, placeholderLambda, steppedSlice, unescape } from "./desugar.js";

// In recovery, sub-results can be missing: spans fall back to what is there.
const sp = (a: IToken | Span | undefined, b?: IToken | Span): Span => {
  if (!a) return b ? sp(b) : { start: 0, end: 0 };
  const start = "startOffset" in a ? (Number.isFinite(a.startOffset) ? a.startOffset : 0) : a.start;
  if (!b) b = a;
  const endOf = (x: IToken | Span) => ("startOffset" in x ? (Number.isFinite(x.endOffset) ? x.endOffset! : start) + 1 : x.end);
  return { start, end: Math.max(start, endOf(b)) };
};
const ERR = (s: Span = { start: 0, end: 0 }): Expr => ({ kind: "error", span: s });
const RX = { recoveryValueFunc: () => ERR() };
const RB = { recoveryValueFunc: (): Block => ({ stmts: [], span: { start: 0, end: 0 } }) };

let validateGrammar = false;

class IdeoParser extends EmbeddedActionsParser {
  constructor() {
    // The grammar is validated by tests/grammar.test.ts; skipping it here saves ~150 ms at every start.
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 4, skipValidations: !validateGrammar });
    this.performSelfAnalysis();
  }

  program = this.RULE("program", (): Program => {
    const fns: FnDecl[] = [];
    const top: Stmt[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Newline); } },
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
        fns.push({ name: "main", nameSpan: span, params: [], body: { stmts: top, span }, span, script: true });
      }
      return { fns };
    });
  });

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

  type = this.RULE("type", (): TypeExpr => this.OR([
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
      return this.ACTION(() => ({ kind: "while", cond, body, span: sp(kw, body.span) }) as Stmt);
    } },
    { ALT: () => {
      const kw = this.CONSUME(T.For);
      const vars: { name: string; span: Span }[] = [];
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => { const v = this.CONSUME(T.Ident); this.ACTION(() => vars.push({ name: v.image, span: sp(v) })); } });
      this.CONSUME(T.In);
      const iter = this.SUBRULE2(this.expr);
      const body = this.SUBRULE2(this.body);
      return this.ACTION(() => ({ kind: "for", vars, iter, body, span: sp(kw, body.span) }) as Stmt);
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
      const target = this.SUBRULE2(this.expr);
      let op: IToken | undefined, value: Expr | undefined;
      this.OPTION2(() => {
        op = this.OR2([{ ALT: () => this.CONSUME(T.Assign) }, { ALT: () => this.CONSUME(T.AssignOp) }]);
        value = this.SUBRULE3(this.expr);
      });
      return this.ACTION(() => (op && value
        ? { kind: "assign", target, op: op.image as "=", value, span: sp(target.span, value.span) }
        : { kind: "expr", expr: target, span: target.span }) as Stmt);
    } },
  ]));

  /** `: stmt` on the same line, or an indented block. */
  body = this.RULE("body", (): Block => this.OR([
    { ALT: () => {
      this.CONSUME(T.Colon);
      const s = this.SUBRULE(this.simple);
      this.CONSUME(T.Newline);
      return this.ACTION(() => ({ stmts: [s], span: s.span }));
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
        then = this.ACTION(() => ({ stmts: [s], span: s.span }));
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
      return this.ACTION(() => ({ stmts: [s], span: s.span }));
    } },
    { ALT: () => { this.CONSUME2(T.Newline); return this.SUBRULE(this.indented); } },
  ]), RB);

  expr = this.RULE("expr", (): Expr => this.OR([
    { GATE: () => this.lambdaAhead(), IGNORE_AMBIGUITIES: true, ALT: () => this.SUBRULE(this.lambda) },
    { ALT: () => this.SUBRULE(this.ifExpr) },
    { ALT: () => this.SUBRULE(this.orExpr) },
  ]), { recoveryValueFunc: () => ERR() });

  /** Is a lambda next: `x =>` or `(a, b) =>` or `() =>`? */
  private lambdaAhead(): boolean {
    const t1 = this.LA(1).tokenType;
    if (t1 === T.Ident) return this.LA(2).tokenType === T.Arrow;
    if (t1 !== T.LParen) return false;
    let k = 2;
    for (;;) {
      const t = this.LA(k).tokenType;
      if (t === T.RParen) return this.LA(k + 1).tokenType === T.Arrow;
      if (t !== T.Ident && t !== T.Comma) return false;
      k++;
    }
  }

  lambda = this.RULE("lambda", (): Expr => {
    const params: { name: string; span: Span }[] = [];
    let start!: IToken;
    this.OR([
      { ALT: () => { const p = this.CONSUME(T.Ident); start = p; this.ACTION(() => params.push({ name: p.image, span: sp(p) })); } },
      { ALT: () => {
        start = this.CONSUME(T.LParen);
        this.MANY_SEP({ SEP: T.Comma, DEF: () => { const p = this.CONSUME2(T.Ident); this.ACTION(() => params.push({ name: p.image, span: sp(p) })); } });
        this.CONSUME(T.RParen);
      } },
    ]);
    this.CONSUME(T.Arrow);
    const body = this.SUBRULE(this.expr);
    return this.ACTION(() => ({ kind: "lambda", params, body, span: sp(sp(start), body.span) }) as Expr);
  }, RX);

  ifExpr = this.RULE("ifExpr", (): Expr => {
    const kw = this.CONSUME(T.If);
    const cond = this.SUBRULE(this.orExpr);
    this.CONSUME(T.Colon);
    const a = this.SUBRULE(this.expr);
    this.CONSUME(T.Else);
    this.OPTION(() => this.CONSUME2(T.Colon));
    const b = this.SUBRULE2(this.expr);
    return this.ACTION(() => ({
      kind: "if", cond,
      then: { stmts: [{ kind: "expr", expr: a, span: a.span }], span: a.span },
      else: { stmts: [{ kind: "expr", expr: b, span: b.span }], span: b.span },
      span: sp(sp(kw), b.span),
    }) as Expr);
  }, RX);

  private binary(name: string, next: () => (() => Expr), op: TokenType | TokenType[]) {
    return this.RULE(name, (): Expr => {
      let left = this.SUBRULE(next() as any) as Expr;
      this.MANY(() => {
        const o = Array.isArray(op) ? this.OR(op.map((t) => ({ ALT: () => this.CONSUME(t) }))) : this.CONSUME(op);
        const right = this.SUBRULE2(next() as any) as Expr;
        left = this.ACTION(() => ({ kind: "binary", op: o.image as BinOp, left: left ?? ERR(), right: right ?? ERR(), opSpan: sp(o), span: sp(left?.span ?? sp(o), right?.span ?? sp(o)) }) as Expr);
      });
      return left;
    }, RX);
  }

  orExpr: () => Expr = this.binary("orExpr", () => this.andExpr, T.Or);
  andExpr: () => Expr = this.binary("andExpr", () => this.notExpr, T.And);

  notExpr = this.RULE("notExpr", (): Expr => this.OR([
    { ALT: () => {
      const n = this.CONSUME(T.Not);
      const e = this.SUBRULE(this.notExpr);
      return this.ACTION(() => ({ kind: "unary", op: "not", operand: e, span: sp(sp(n), e.span) }) as Expr);
    } },
    { ALT: () => this.SUBRULE(this.cmpExpr) },
  ]), RX);

  /** Comparisons chain like Python's (`0 <= i < n` is `0 <= i and i < n`); `x in xs` and
   *  `x not in xs` test membership. */
  cmpExpr = this.RULE("cmpExpr", (): Expr => {
    const first = this.SUBRULE(this.rangeExpr);
    const rest: { op: string; opTok: IToken; right: Expr }[] = [];
    this.MANY(() => {
      let op = "", opTok!: IToken;
      this.OR([
        { ALT: () => { opTok = this.CONSUME(T.CmpOp); op = opTok.image; } },
        { ALT: () => { opTok = this.CONSUME(T.In); op = "in"; } },
        { GATE: () => this.LA(2).tokenType === T.In, ALT: () => { opTok = this.CONSUME(T.Not); this.CONSUME2(T.In); op = "not in"; } },
      ]);
      const right = this.SUBRULE2(this.rangeExpr);
      this.ACTION(() => rest.push({ op, opTok, right }));
    });
    return this.ACTION(() => {
      let out: Expr | undefined;
      let left = first ?? ERR();
      for (const { op, opTok, right } of rest) {
        const r = right ?? ERR();
        const cmp = { kind: "binary", op: op as BinOp, left, right: r, opSpan: sp(opTok), span: sp(left.span, r.span) } as Expr;
        out = out ? ({ kind: "binary", op: "and", left: out, right: cmp, opSpan: sp(opTok), span: sp(out.span, r.span) } as Expr) : cmp;
        left = r;
      }
      return out ?? left;
    });
  }, RX);
  /** `a..b`, the ints from a to b inclusive: `range(a, b + 1)`, so loops over it build no array. */
  rangeExpr = this.RULE("rangeExpr", (): Expr => {
    const lo = this.SUBRULE(this.bitOr);
    let out = lo;
    this.OPTION(() => {
      const dots = this.CONSUME(T.DotDot);
      const hi = this.SUBRULE2(this.bitOr);
      out = this.ACTION(() => {
        const end: Expr = { kind: "binary", op: "+", left: hi, right: { kind: "int", value: 1n, span: hi.span }, opSpan: sp(dots), span: hi.span };
        return { kind: "call", callee: "range", calleeSpan: sp(dots), args: [lo, end], method: false, span: sp(lo.span, hi.span) } as Expr;
      });
    });
    return out;
  }, RX);
  // Python's precedence: | below ^ below & below shifts below + -
  bitOr: () => Expr = this.binary("bitOr", () => this.bitXor, T.Pipe);
  bitXor: () => Expr = this.binary("bitXor", () => this.bitAnd, T.Caret);
  bitAnd: () => Expr = this.binary("bitAnd", () => this.shiftExpr, T.Amp);
  shiftExpr: () => Expr = this.binary("shiftExpr", () => this.addExpr, T.ShiftOp);
  addExpr: () => Expr = this.binary("addExpr", () => this.mulExpr, [T.Plus, T.Minus]);
  mulExpr: () => Expr = this.binary("mulExpr", () => this.unary, T.MulOp);

  unary = this.RULE("unary", (): Expr => this.OR([
    { ALT: () => {
      const m = this.CONSUME(T.Minus);
      const e = this.SUBRULE(this.unary);
      return this.ACTION(() => {
        if (e.kind === "int" && e.span.start === m.startOffset + 1) return { kind: "int", value: -e.value, span: sp(sp(m), e.span) } as Expr;
        if (e.kind === "float" && e.span.start === m.startOffset + 1) return { kind: "float", value: -e.value, span: sp(sp(m), e.span) } as Expr;
        return { kind: "unary", op: "-", operand: e, span: sp(sp(m), e.span) } as Expr;
      });
    } },
    { ALT: () => {
      const t = this.CONSUME(T.Tilde);
      const e = this.SUBRULE2(this.unary);
      return this.ACTION(() => ({ kind: "unary", op: "~", operand: e, span: sp(sp(t), e.span) }) as Expr);
    } },
    { ALT: () => this.SUBRULE(this.power) },
  ]), RX);

  power = this.RULE("power", (): Expr => {
    const base = this.SUBRULE(this.postfix);
    let out = base;
    this.OPTION(() => {
      const o = this.CONSUME(T.Pow);
      const exp = this.SUBRULE(this.unary);
      out = this.ACTION(() => ({ kind: "binary", op: "**", left: base, right: exp, opSpan: sp(o), span: sp(base.span, exp.span) }) as Expr);
    });
    return out;
  }, RX);

  postfix = this.RULE("postfix", (): Expr => {
    let e = this.SUBRULE(this.primary);
    this.MANY(() => {
      this.OR([
        { ALT: () => {
          this.CONSUME(T.Dot);
          this.OR2([
            { ALT: () => {
              const name = this.CONSUME(T.Ident);
              let args: Expr[] = [], close: IToken | undefined;
              this.OPTION(() => {
                this.CONSUME(T.LParen);
                args = this.SUBRULE(this.args);
                close = this.CONSUME(T.RParen);
              });
              e = this.ACTION(() => ({ kind: "call", callee: name.image, calleeSpan: sp(name), args: [e, ...args], method: true, span: sp(e.span, close ? sp(close) : sp(name)) }) as Expr);
            } },
            { ALT: () => {
              const idx = this.CONSUME(T.IntLit);
              e = this.ACTION(() => ({ kind: "field", target: e, index: Number(idx.image), span: sp(e.span, sp(idx)) }) as Expr);
            } },
          ]);
        } },
        { ALT: () => {
          this.CONSUME(T.LBracket);
          let lo: Expr | undefined, hi: Expr | undefined, step: Expr | undefined, isSlice = false;
          this.OPTION2(() => { lo = this.SUBRULE(this.expr); });
          this.OPTION3(() => {
            this.CONSUME(T.Colon);
            isSlice = true;
            this.OPTION4(() => { hi = this.SUBRULE2(this.expr); });
            this.OPTION5(() => {
              this.CONSUME2(T.Colon);
              this.OPTION6(() => { step = this.SUBRULE3(this.expr); });
            });
          });
          const close = this.CONSUME(T.RBracket);
          e = this.ACTION(() => (isSlice
            ? steppedSlice(e, lo, hi, step, sp(e.span, sp(close)))
            : { kind: "index", target: e, index: lo ?? ERR(sp(close)), span: sp(e.span, sp(close)) }) as Expr);
        } },
      ]);
    });
    return e;
  }, RX);

  args = this.RULE("args", (): Expr[] => {
    const out: Expr[] = [];
    this.MANY_SEP({ SEP: T.Comma, DEF: () => { const a = this.SUBRULE(this.expr); this.ACTION(() => out.push(placeholderLambda(a))); } });
    return out;
  });

  primary = this.RULE("primary", (): Expr => this.OR([
    { ALT: () => { const t = this.CONSUME(T.IntLit); return this.ACTION(() => ({ kind: "int", value: BigInt(t.image), span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.FloatLit); return this.ACTION(() => ({ kind: "float", value: Number(t.image), span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.StrLit); return this.ACTION(() => ({ kind: "str", value: unescape(t.image), span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.True); return this.ACTION(() => ({ kind: "bool", value: true, span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.False); return this.ACTION(() => ({ kind: "bool", value: false, span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.Underscore); return this.ACTION(() => ({ kind: "placeholder", span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.NumPlaceholder); return this.ACTION(() => ({ kind: "placeholder", n: Number(t.image.slice(1)), span: sp(t) }) as Expr); } },
    { ALT: () => {
      const name = this.CONSUME(T.Ident);
      let args: Expr[] | undefined, close: IToken | undefined;
      this.OPTION(() => {
        this.CONSUME(T.LParen);
        args = this.SUBRULE(this.args);
        close = this.CONSUME(T.RParen);
      });
      return this.ACTION(() => (args
        ? { kind: "call", callee: name.image, calleeSpan: sp(name), args, method: false, span: sp(name, close!) }
        : { kind: "name", name: name.image, span: sp(name) }) as Expr);
    } },
    { ALT: () => {
      const l = this.CONSUME2(T.LParen);
      const items: Expr[] = [];
      let comma = false;
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => { const e = this.SUBRULE(this.expr); this.ACTION(() => items.push(e)); } });
      this.OPTION2(() => { this.CONSUME(T.Comma); comma = true; });
      const r = this.CONSUME2(T.RParen);
      return this.ACTION(() => (items.length === 1 && !comma ? items[0] : { kind: "tuple", items, span: sp(l, r) }) as Expr);
    } },
    { ALT: () => {
      const l = this.CONSUME(T.LBrace);
      const entries: { key: Expr; value: Expr }[] = [];
      let comp: { v: IToken; src: Expr; cond?: Expr } | undefined;
      this.OPTION6(() => {
        const key = this.SUBRULE6(this.expr);
        this.CONSUME2(T.Colon);
        const value = this.SUBRULE7(this.expr);
        this.ACTION(() => entries.push({ key, value }));
        this.OR3([
          { ALT: () => {
            // {k: v for x in xs if cond}
            this.CONSUME2(T.For);
            const v = this.CONSUME3(T.Ident);
            this.CONSUME2(T.In);
            const src = this.SUBRULE8(this.orExpr);
            let cond: Expr | undefined;
            this.OPTION7(() => { this.CONSUME2(T.If); cond = this.SUBRULE9(this.orExpr); });
            this.ACTION(() => { comp = { v, src, cond }; });
          } },
          { ALT: () => {
            this.MANY2(() => {
              this.CONSUME4(T.Comma);
              this.OPTION8(() => {
                const k2 = this.subrule(10, this.expr);
                this.CONSUME3(T.Colon);
                const v2 = this.subrule(11, this.expr);
                this.ACTION(() => entries.push({ key: k2, value: v2 }));
              });
            });
          } },
        ]);
      });
      const r = this.CONSUME(T.RBrace);
      return this.ACTION(() => {
        if (!comp) return { kind: "map", entries, span: sp(l, r) } as Expr;
        const pair: Expr = { kind: "tuple", items: [entries[0].key, entries[0].value], span: sp(l, r) };
        const pairs = comprehension(pair, { name: comp.v.image, span: sp(comp.v) }, comp.src, comp.cond, sp(l, r));
        return { kind: "call", callee: "dict", calleeSpan: sp(l), args: [pairs], method: true, span: sp(l, r) } as Expr;
      });
    } },
    { ALT: () => {
      const l = this.CONSUME(T.LBracket);
      const items: Expr[] = [];
      let comp: { v: IToken; src: Expr; cond?: Expr } | undefined;
      this.OPTION3(() => {
        const first = this.SUBRULE2(this.expr);
        this.ACTION(() => items.push(first));
        this.OR2([
          { ALT: () => {
            // [expr for x in xs if cond]
            this.CONSUME(T.For);
            const v = this.CONSUME2(T.Ident);
            this.CONSUME(T.In);
            const src = this.SUBRULE3(this.orExpr);
            let cond: Expr | undefined;
            this.OPTION4(() => { this.CONSUME(T.If); cond = this.SUBRULE4(this.orExpr); });
            this.ACTION(() => { comp = { v, src, cond }; });
          } },
          { ALT: () => {
            this.MANY(() => {
              this.CONSUME3(T.Comma);
              this.OPTION5(() => { const e = this.SUBRULE5(this.expr); this.ACTION(() => items.push(e)); });
            });
          } },
        ]);
      });
      const r = this.CONSUME(T.RBracket);
      return this.ACTION(() => (comp ? comprehension(items[0], { name: comp.v.image, span: sp(comp.v) }, comp.src, comp.cond, sp(l, r)) : { kind: "array", items, span: sp(l, r) }) as Expr);
    } },
  ]), { recoveryValueFunc: () => ERR() });
}

let parser: IdeoParser | undefined;

/** Build the parser with Chevrotain's grammar validations on (throws on a grammar error). */
export function validatedParser(): void {
  validateGrammar = true;
  try { new IdeoParser(); } finally { validateGrammar = false; }
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

export function parse(tokens: IToken[]): { program: Program; diagnostics: Diagnostic[] } {
  parser ??= new IdeoParser();
  parser.input = tokens;
  let program: Program;
  try {
    program = parser.program() ?? { fns: [] };
  } catch (e) {
    if (e instanceof RangeError) {
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
    diagnostics.push(error(CODES.parse, message(e), { start, end: start + Math.max(1, t.image?.length ?? 1) }));
    if (diagnostics.length >= 20) break;
  }
  program.fns = program.fns.filter(Boolean);
  return { program, diagnostics };
}
