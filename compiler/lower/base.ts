// What every part of lowering a function body shares: its locals, the calls it makes out (to the
// runtime, to block templates, to other functions) and how those record where a fault happened.
// function.ts builds on this; loops.ts, operators.ts and indexing.ts use it.
import type { ExpressionRef } from "../binaryen.js";
import type { Block, Expr } from "../syntax/ast.js";
import type { Span } from "../diagnostics.js";
import { FAULTS, packLoc } from "../faults.js";
import type { FaultName } from "../../blocks/block.js";
import { Type } from "../types.js";
import type { ProgramContext } from "./context.js";

export interface Local { index: number; type: Type }

/** Facts the loops being lowered establish about their variables (bounds.ts). */
export interface LoopFacts {
  /** A loop variable that stays >= 0, and the arrays it is a valid index of (0 <= i < xs.len). */
  ranges: Map<string, Set<string>>;
  /** An array variable the loop does not assign → the local holding its length (i64). */
  lengths: Map<string, number>;
}

/** The labels `break` and `continue` branch to. */
export interface LoopLabels { brk: string; cont: string }

export abstract class LowererBase {
  readonly localTypes: number[] = [];
  protected locals = new Map<string, Local>();
  protected readonly nparams: number;
  /** Calls emitted so far that may allocate: a loop whose turns add none needs no region. */
  allocations = 0;
  /** User-function calls and the source position each stands for: where a stack overflow is
   *  reported (set on the function once it exists: program.ts). */
  readonly callSites: { expr: ExpressionRef; line: number; col: number }[] = [];
  facts: LoopFacts = { ranges: new Map(), lengths: new Map() };
  /** The loops being lowered, innermost last. */
  readonly loops: LoopLabels[] = [];
  labels = 0;
  /** Accumulator variables of the loops being lowered, and the builder each grows (accumulators.ts). */
  readonly builders = new Map<string, { sb: number; type: Type }>();

  constructor(readonly cx: ProgramContext, params: { name: string; type: Type }[], readonly fnBody: Block | Expr) {
    params.forEach((p, i) => this.locals.set(p.name, { index: i, type: p.type }));
    this.nparams = params.length;
  }

  abstract expr(e: Expr): ExpressionRef;
  abstract block(b: Block, want: Type | undefined): ExpressionRef;

  get m() { return this.cx.m; }
  get b() { return this.cx.b; }
  t(e: Expr): Type { return this.cx.typeOf(e); }

  local(name: string, type: Type): number {
    const l = this.locals.get(name);
    if (l) return l.index;
    const index = this.nparams + this.localTypes.length;
    this.localTypes.push(this.cx.wasm(type) === this.cx.b.none ? this.cx.b.i32 : this.cx.wasm(type));
    this.locals.set(name, { index, type });
    return index;
  }

  lookup(name: string): Local | undefined { return this.locals.get(name); }

  isParam(name: string): boolean { return (this.locals.get(name)?.index ?? Infinity) < this.nparams; }

  temp(type: Type): number {
    return this.local(`$t${this.nparams + this.localTypes.length}`, type);
  }

  localNames(): [number, string][] {
    return [...this.locals].filter(([n]) => !n.startsWith("$")).map(([n, l]) => [l.index, n]);
  }

  /** The packed source position of a node: what rt_loc and rt_fault_at take. */
  loc(at: { span: Span }): number {
    const p = this.cx.lines.pos(at.span.start);
    return packLoc(p.line, p.col);
  }

  /** The position a fault at `at` reports: its own in a program; in a template (a block written in
   *  Ideo), where its caller called the block, which the caller stored in rt_loc. */
  locOf(at: { span: Span }): ExpressionRef {
    return this.cx.template ? this.m.global.get("rt_loc", this.b.i32) : this.m.i32.const(this.loc(at));
  }

  /** The cold path of an inline check: fault with this position. */
  faultAt(fault: FaultName, at: { span: Span }): ExpressionRef {
    return this.m.call("rt_fault_at", [this.m.i32.const(FAULTS[fault].code), this.locOf(at)], this.b.none);
  }

  /** A call into the runtime or a block template. One that may fault stores its position in
   *  rt_loc first (rt_fault reports it), after its arguments, whose own calls may store theirs. */
  callOut(fn: string, args: ExpressionRef[], result: number, at: { span: Span }): ExpressionRef {
    const { m, b } = this;
    const fx = this.cx.effects(fn);
    if (fx.allocates) this.allocations++;
    // a template's faults are reported where its caller called the block: rt_loc is left as it is
    if (!fx.faults || this.cx.template) return m.call(fn, args, result);
    const simple = (a: ExpressionRef) => { const id = b.getExpressionId(a); return id === b.LocalGetId || id === b.ConstId; };
    const spill: ExpressionRef[] = [];
    const passed = args.map((a) => {
      if (simple(a)) return a;
      const type = b.getExpressionType(a);
      const t = this.temp(type === b.i64 ? { kind: "int" } : type === b.f64 ? { kind: "float" } : { kind: "bool" });
      spill.push(m.local.set(t, a));
      return m.local.get(t, type);
    });
    const setLoc = m.global.set("rt_loc", m.i32.const(this.loc(at)));
    return m.block(null, [...spill, setLoc, m.call(fn, passed, result)], result);
  }

  /** A call of a function of the program (`call` or, for a closure, `call_indirect`): its
   *  position goes in the module's table of call sites rather than in a store before the call. */
  callFn(call: ExpressionRef, at: { span: Span }): ExpressionRef {
    this.allocations++;
    const p = this.cx.lines.pos(at.span.start);
    this.callSites.push({ expr: call, line: p.line, col: p.col });
    return call;
  }
}
