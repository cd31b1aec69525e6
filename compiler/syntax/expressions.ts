// The expression half of the grammar: lambdas, `if` expressions, operators by precedence, calls,
// indexing and slicing, literals. parser.ts builds programs, functions and statements on it.
import { EmbeddedActionsParser, IToken, TokenType, IParserConfig } from "chevrotain";
import * as T from "./lexer.js";
import type { Expr, BinOp, Label } from "./ast.js";
import type { Span } from "../diagnostics.js";
import { comprehension, placeholderLambda, steppedSlice, unescape } from "./desugar.js";

// In recovery, sub-results can be missing: spans fall back to what is there.
export const sp = (a: IToken | Span | undefined, b?: IToken | Span): Span => {
  if (!a) return b ? sp(b) : { start: 0, end: 0 };
  const start = "startOffset" in a ? (Number.isFinite(a.startOffset) ? a.startOffset : 0) : a.start;
  if (!b) b = a;
  const endOf = (x: IToken | Span) => ("startOffset" in x ? (Number.isFinite(x.endOffset) ? x.endOffset! : start) + 1 : x.end);
  return { start, end: Math.max(start, endOf(b)) };
};
export const ERR = (s: Span = { start: 0, end: 0 }): Expr => ({ kind: "error", span: s });
type Args = { args: Expr[]; labels?: (Label | undefined)[] };

/** A call, with the labels of its arguments where any is written (only then, so calls stay as they were). */
function withLabels(call: Extract<Expr, { kind: "call" }>, labels: (Label | undefined)[] | undefined): Expr {
  if (labels) call.labels = Array.from({ length: call.args.length }, (_, i) => labels[i]);
  return call;
}

export const RX = { recoveryValueFunc: () => ERR() };

interface CompFor { vars: { name: string; span: Span }[]; src: Expr; cond?: Expr }

export abstract class ExpressionParser extends EmbeddedActionsParser {
  constructor(config: IParserConfig) {
    super(T.allTokens, config);
  }

  expr = this.RULE("expr", (): Expr => this.OR([
    { GATE: () => this.lambdaAhead(), IGNORE_AMBIGUITIES: true, ALT: () => this.SUBRULE(this.lambda) },
    { ALT: () => this.SUBRULE(this.ifExpr) },
    { ALT: () => this.SUBRULE(this.coalesceExpr) },
  ]), { recoveryValueFunc: () => ERR() });

  /** Is a lambda next: `x =>` or `(a, b) =>` or `() =>`? */
  protected lambdaAhead(): boolean {
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

  protected binary(name: string, next: () => (() => Expr), op: TokenType | TokenType[]) {
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

  /** `x ?? d`: x's value, or d when x is null; the loosest operator. */
  coalesceExpr: () => Expr = this.binary("coalesceExpr", () => this.orExpr, T.Coalesce);
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
        // the next comparison gets its own copy: each is typed on its own (in `a != 0 != 1e308` the
        // 0 is an int beside a and a float beside 1e308), as the `and` it stands for would be
        left = structuredClone(r);
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
              let args: Args = { args: [] }, close: IToken | undefined;
              this.OPTION(() => {
                this.CONSUME(T.LParen);
                args = this.SUBRULE(this.args) ?? { args: [] };
                close = this.CONSUME(T.RParen);
              });
              e = this.ACTION(() => withLabels({ kind: "call", callee: name.image, calleeSpan: sp(name), args: [e, ...args.args], method: true, span: sp(e.span, close ? sp(close) : sp(name)) }, args.labels && [undefined, ...args.labels]));
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
            : { kind: "index", target: e, index: lo ?? { kind: "error", span: sp(close), message: "an index is missing: write `xs[i]`, or `xs[a:b]` for a slice" }, span: sp(e.span, sp(close)) }) as Expr);
        } },
      ]);
    });
    return e;
  }, RX);

  /** A call's arguments, and the labels of those written `x: e` (a record's fields). */
  args = this.RULE("args", (): Args => {
    const out: Expr[] = [];
    let labels: (Label | undefined)[] | undefined;
    this.MANY_SEP({ SEP: T.Comma, DEF: () => {
      // `x: e`, a named argument: a record's field (`Body(x: 1.0)`)
      let label: IToken | undefined;
      this.OPTION({ GATE: () => this.LA(1).tokenType === T.Ident && this.LA(2).tokenType === T.Colon, DEF: () => { label = this.CONSUME(T.Ident); this.CONSUME(T.Colon); } });
      const a = this.SUBRULE(this.expr);
      this.ACTION(() => {
        if (label) (labels ??= [])[out.length] = { name: label.image, span: sp(label) };
        out.push(placeholderLambda(a));
      });
    } });
    return { args: out, labels };
  });

  primary = this.RULE("primary", (): Expr => this.OR([
    { ALT: () => { const t = this.CONSUME(T.IntLit); return this.ACTION(() => ({ kind: "int", value: BigInt(t.image), span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.FloatLit); return this.ACTION(() => ({ kind: "float", value: Number(t.image), span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.StrLit); return this.ACTION(() => ({ kind: "str", value: unescape(t.image), span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.True); return this.ACTION(() => ({ kind: "bool", value: true, span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.False); return this.ACTION(() => ({ kind: "bool", value: false, span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.Null); return this.ACTION(() => ({ kind: "null", span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.Underscore); return this.ACTION(() => ({ kind: "placeholder", span: sp(t) }) as Expr); } },
    { ALT: () => { const t = this.CONSUME(T.NumPlaceholder); return this.ACTION(() => ({ kind: "placeholder", n: Number(t.image.slice(1)), span: sp(t) }) as Expr); } },
    { ALT: () => {
      const name = this.CONSUME(T.Ident);
      let args: Args | undefined, close: IToken | undefined;
      this.OPTION(() => {
        this.CONSUME(T.LParen);
        args = this.SUBRULE(this.args);
        close = this.CONSUME(T.RParen);
      });
      return this.ACTION(() => (args
        ? withLabels({ kind: "call", callee: name.image, calleeSpan: sp(name), args: args.args ?? [], method: false, span: sp(name, close!) }, args.labels)
        : { kind: "name", name: name.image, span: sp(name) }) as Expr);
    } },
    { ALT: () => {
      const l = this.CONSUME2(T.LParen);
      const items: Expr[] = [];
      let comma = false;
      this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => { const e = this.SUBRULE(this.expr); this.ACTION(() => items.push(e)); } });
      this.OPTION2(() => { this.CONSUME(T.Comma); comma = true; });
      const r = this.CONSUME2(T.RParen);
      // a parenthesized expression's span takes in its parentheses, so its source text stands alone
      return this.ACTION(() => (items.length === 1 && !comma ? { ...items[0], span: sp(l, r) } : { kind: "tuple", items, span: sp(l, r) }) as Expr);
    } },
    { ALT: () => {
      const l = this.CONSUME(T.LBrace);
      const entries: { key: Expr; value: Expr }[] = [];
      let comp: CompFor | undefined;
      this.OPTION6(() => {
        const key = this.SUBRULE6(this.expr);
        this.CONSUME2(T.Colon);
        const value = this.SUBRULE7(this.expr);
        this.ACTION(() => entries.push({ key, value }));
        this.OR3([
          // {k: v for x in xs if cond}
          { ALT: () => { const c = this.SUBRULE8(this.compFor); this.ACTION(() => { comp = c; }); } },
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
        const pairs = comprehension(pair, comp.vars, comp.src, comp.cond, sp(l, r));
        return { kind: "call", callee: "dict", calleeSpan: sp(l), args: [pairs], method: true, span: sp(l, r) } as Expr;
      });
    } },
    { ALT: () => {
      const l = this.CONSUME(T.LBracket);
      const items: Expr[] = [];
      let comp: CompFor | undefined;
      this.OPTION3(() => {
        const first = this.SUBRULE2(this.expr);
        this.ACTION(() => items.push(first));
        this.OR2([
          // [expr for x in xs if cond]
          { ALT: () => { const c = this.SUBRULE3(this.compFor); this.ACTION(() => { comp = c; }); } },
          { ALT: () => {
            this.MANY(() => {
              this.CONSUME3(T.Comma);
              this.OPTION5(() => { const e = this.SUBRULE5(this.expr); this.ACTION(() => items.push(e)); });
            });
          } },
        ]);
      });
      const r = this.CONSUME(T.RBracket);
      return this.ACTION(() => (comp ? comprehension(items[0], comp.vars, comp.src, comp.cond, sp(l, r)) : { kind: "array", items, span: sp(l, r) }) as Expr);
    } },
  ]), { recoveryValueFunc: () => ERR() });

  /** The `for x in xs if c` of a comprehension; `for a, b in pairs` takes each pair apart. */
  compFor = this.RULE("compFor", (): CompFor => {
    this.CONSUME(T.For);
    const vars = [this.OR([{ ALT: () => this.CONSUME(T.Ident) }, { ALT: () => this.CONSUME(T.Underscore) }])];
    this.MANY(() => { this.CONSUME(T.Comma); vars.push(this.OR2([{ ALT: () => this.CONSUME2(T.Ident) }, { ALT: () => this.CONSUME2(T.Underscore) }])); });
    this.CONSUME(T.In);
    const src = this.SUBRULE(this.orExpr);
    let cond: Expr | undefined;
    this.OPTION(() => { this.CONSUME(T.If); cond = this.SUBRULE2(this.orExpr); });
    return this.ACTION(() => ({ vars: vars.map((v) => ({ name: v.image, span: sp(v) })), src, cond }));
  });
}
