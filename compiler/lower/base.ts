// What every part of lowering a function body shares: its locals, the calls it makes out (to the
// runtime, to block templates, to other functions) and how those record where a fault happened.
// function.ts builds on this; loops.ts, operators.ts and indexing.ts use it.
import type { ExpressionRef } from "../binaryen.js";
import type { Block, Expr, Stmt } from "../syntax/ast.js";
import type { Span } from "../diagnostics.js";
import { FAULTS, packLoc } from "../faults.js";
import type { FaultName } from "../../blocks/block.js";
import { Type } from "../types.js";
import type { ProgramContext } from "./context.js";
import { Node, children } from "../syntax/walk.js";
import { Owned, ownedStrings } from "./owned.js";

/** Which arguments of a block call spend fuel by their size (8 units for each element, string byte
 *  or map entry): its arrays, strings and maps, unless the block reads only a part of them. */
export function sizedArgs(def: { sublinear?: boolean | boolean[] }, overload: number, types: Type[]): boolean[] {
  const part = Array.isArray(def.sublinear) ? def.sublinear[overload] : def.sublinear;
  return types.map((t) => !part && (t.kind === "array" || t.kind === "str" || t.kind === "map"));
}

/** Whether a body has a loop of its own (a lambda's loops are the lambda's). */
function hasLoop(n: Node): boolean {
  if ("kind" in n && (n.kind === "while" || n.kind === "for")) return true;
  return !("kind" in n && n.kind === "lambda") && children(n).some(hasLoop);
}

export interface Local { index: number; type: Type }

/** The label faultOut branches to. */
const FAULT_EXIT = "fault_out";

/** Facts the loops being lowered establish about their variables (bounds.ts). */
export interface LoopFacts {
  /** A loop variable that stays >= 0, and the arrays it is a valid index of (0 <= i < xs.len). */
  ranges: Map<string, Set<string>>;
  /** An array variable the loop does not assign → the local holding its length (i64). */
  lengths: Map<string, number>;
  /** Indexing the copy of a loop that a test before it proved in range (versioning.ts). */
  safe?: Set<Expr>;
  /** In that copy, a row `xs[x]` read into a local before the loop → the local (versioning.ts). */
  rows?: Map<Expr, number>;
}

/** The labels `break` and `continue` branch to. */
export interface LoopLabels { brk: string; cont: string }

/** A loop being lowered, and code an inner loop places before it, to run once when it starts
 *  rather than on every turn (versioning.ts; loops.ts emits it). `assigned` and `stay` are what
 *  versioning.ts found out about the loop, kept for the next inner loop that asks. */
export interface LoopFrame { loop: Stmt; once: ExpressionRef[]; assigned?: Set<string>; stay?: boolean }

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
  /** Inner loops given a bounds-check-free copy so far (versioning.ts bounds how many). */
  versionedLoops = 0;
  /** String comparisons given an inline loop so far (operators.ts bounds how many). */
  inlinedStrEqs = 0;
  /** The loops being lowered, innermost last. */
  readonly loops: LoopLabels[] = [];
  /** The same loops as frames code can be hoisted into, outermost first. */
  readonly enclosing: LoopFrame[] = [];
  labels = 0;
  /** The variable of a loop over a string's characters that the body does not assign → the local
   *  holding its byte when it is one ASCII byte, else -1 (loops.ts, stringLoop). */
  readonly charCodes = new Map<string, number>();
  /** Accumulator variables of the loops being lowered, and the builder each grows (accumulators.ts). */
  readonly builders = new Map<string, { sb: number; type: Type }>();

  /** Expressions lowered otherwise than by their node: a map lookup the statement made already
   *  (indexing.ts, mapUpdate). */
  readonly substitutes = new Map<Expr, () => ExpressionRef>();
  /** String variables that may own a buffer they grow in place, and the local holding it (owned.ts). */
  readonly owned: Owned;
  private readonly owners = new Map<string, number>();

  constructor(readonly cx: ProgramContext, params: { name: string; type: Type }[], readonly fnBody: Block | Expr) {
    params.forEach((p, i) => this.locals.set(p.name, { index: i, type: p.type }));
    this.nparams = params.length;
    this.owned = ownedStrings(fnBody, cx.checked);
    if (cx.fuel && hasLoop(fnBody)) this.fuel = this.temp({ kind: "int" });
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

  /** The local holding the buffer a string variable owns (0: none; zero at entry, as every local). */
  owner(name: string): number {
    let o = this.owners.get(name);
    if (o === undefined) this.owners.set(name, (o = this.temp({ kind: "bool" })));
    return o;
  }

  /** The local holding the length of the buffer a string variable owns, while it owns one: its
   *  appends read it rather than the length field they last stored (appends.ts). */
  ownedLength(name: string): number {
    let o = this.ownedLengths.get(name);
    if (o === undefined) this.ownedLengths.set(name, (o = this.temp({ kind: "bool" })));
    return o;
  }
  private readonly ownedLengths = new Map<string, number>();

  /** After a write of `name`: a variable that may own a buffer owns none now. */
  disowned(name: string, set: ExpressionRef): ExpressionRef {
    if (!this.owned.names.has(name)) return set;
    return this.m.block(null, [set, this.m.local.set(this.owner(name), this.m.i32.const(0))]);
  }

  isParam(name: string): boolean { return (this.locals.get(name)?.index ?? Infinity) < this.nparams; }

  temp(type: Type): number {
    return this.local(`$t${this.nparams + this.localTypes.length}`, type);
  }

  /** A temporary local of a wasm value type. */
  tempOf(type: number): number {
    const { b } = this;
    return this.temp(type === b.i64 ? { kind: "int" } : type === b.f64 ? { kind: "float" } : { kind: "bool" });
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

  /** A fault inside the body as a branch to its end, where one call reports it (withFaultExit):
   *  a call in a loop, even on a path never taken, made V8 keep the loop's values in memory
   *  around it (a sieve's bounds check cost as much as the rest of its loop). */
  faultOut(fault: FaultName, at: { span: Span }): ExpressionRef {
    const { m } = this;
    this.faultCode ??= this.temp({ kind: "bool" });
    // the position goes where rt_fault_at would put it (a template's is there already)
    const place = this.cx.template ? [] : [m.global.set("rt_loc", m.i32.const(this.loc(at)))];
    return m.block(null, [m.local.set(this.faultCode, m.i32.const(FAULTS[fault].code)), ...place, m.br(FAULT_EXIT)]);
  }
  private faultCode?: number;

  /** The body with the place faultOut branches to, if anything does: the fault is reported
   *  there, after the body, which otherwise leaves as it would. */
  private withFaultExit(body: ExpressionRef, result: number): ExpressionRef {
    const { m, b } = this;
    if (this.faultCode === undefined) return body;
    const report = [m.call("rt_fault_at", [m.local.get(this.faultCode, b.i32), m.global.get("rt_loc", b.i32)], b.none), m.unreachable()];
    const ran = result === b.none ? m.block(null, [body, m.br(`${FAULT_EXIT}_done`)]) : m.br(`${FAULT_EXIT}_done`, undefined, body);
    return m.block(`${FAULT_EXIT}_done`, [m.block(FAULT_EXIT, [ran]), ...report], result);
  }

  /** A call into the runtime or a block template. One that may fault stores its position in
   *  rt_loc first (rt_fault reports it), after its arguments, whose own calls may store theirs.
   *  With fuel, a block spends 8 units for each element (or string byte, or map entry) of the
   *  arrays, strings and maps it is given (`sized`: a loop turn is one, and a block does several
   *  operations an element), and a call that allocates 1 unit for each 8 bytes it allocated (but
   *  for a runtime call of constant arguments, whose size is fixed here): `fill(10 ** 6, 0)` or
   *  `s + s` in a loop costs what it writes. One that calls back into the program spends through the global. */
  callOut(fn: string, args: ExpressionRef[], result: number, at: { span: Span }, sized: boolean[] = []): ExpressionRef {
    const { m, b } = this;
    const fx = this.cx.effects(fn);
    if (fx.allocates) this.allocations++;
    // a template's faults are reported where its caller called the block: rt_loc is left as it is
    const faults = fx.faults && !this.cx.template;
    const charged = this.cx.fuel && !fn.startsWith("rt_") && sized.some(Boolean);
    const synced = fx.calls && this.fuel >= 0;
    // (a block that calls back into the program is not: the heap's move would count what the calls
    // allocated, which they pay for themselves, once again at every level of a recursion)
    // A runtime call whose arguments are all constants allocates a size fixed here (a box, a tuple,
    // a closure): not metered; a block's size depends on what it does with them (fill(10 ** 6, 0)).
    const fixed = fn.startsWith("rt_") && args.every((a) => b.getExpressionId(a) === b.ConstId);
    const metered = this.cx.fuel && fx.allocates && !fx.calls && !fixed;
    if (!faults && !charged && !synced && !metered) return m.call(fn, args, result);
    const { spill, passed } = this.spilled(args);
    const parts = [...spill];
    if (charged) {
      const lengths = passed.filter((_, i) => sized[i]).map((a) => m.i64.extend_u(m.i32.load(0, 4, a, "memory")));
      parts.push(this.spend(m.i64.shl(lengths.reduce((x, y) => m.i64.add(x, y)), m.i64.const(3n)), at));
    }
    if (faults) parts.push(m.global.set("rt_loc", m.i32.const(this.loc(at))));
    let call = m.call(fn, passed.map((a) => this.again(a)), result);
    if (synced) call = this.synced(call, result);
    if (!metered) return m.block(null, [...parts, call], result);
    // what the call allocated: the heap pointer's move (a call frees nothing it did not allocate)
    const hp = this.temp({ kind: "bool" });
    const moved = m.i64.shr_s(m.i64.sub(m.i64.extend_u(m.global.get("rt_hp", b.i32)), m.i64.extend_u(m.local.get(hp, b.i32))), m.i64.const(3n));
    parts.push(m.local.set(hp, m.global.get("rt_hp", b.i32)));
    if (result === b.none) return m.block(null, [...parts, call, this.spend(moved, at)]);
    const r = this.tempOf(result);
    return m.block(null, [...parts, m.local.set(r, call), this.spend(moved, at), m.local.get(r, result)], result);
  }

  /** A call of a function of the program: `make` builds the `call` or, for a closure, the
   *  `call_indirect`. Its position goes in the module's table of call sites rather than in a store
   *  before the call; it may spend fuel, so this function's fuel goes through the global. */
  callFn(args: ExpressionRef[], make: (args: ExpressionRef[]) => ExpressionRef, at: { span: Span }): ExpressionRef {
    this.allocations++;
    const place = (call: ExpressionRef) => {
      const p = this.cx.lines.pos(at.span.start);
      this.callSites.push({ expr: call, line: p.line, col: p.col });
      return call;
    };
    if (this.fuel < 0) return place(make(args));
    const { spill, passed } = this.spilled(args);
    const call = place(make(passed));
    const type = this.b.getExpressionType(call);
    return this.m.block(null, [...spill, this.synced(call, type)], type);
  }

  /** Arguments evaluated into locals first (constants and locals stay as they are). */
  private spilled(args: ExpressionRef[]): { spill: ExpressionRef[]; passed: ExpressionRef[] } {
    const { m, b } = this;
    const spill: ExpressionRef[] = [];
    const passed = args.map((a) => {
      const id = b.getExpressionId(a);
      if (id === b.LocalGetId || id === b.ConstId) return a;
      const type = b.getExpressionType(a);
      const t = this.tempOf(type);
      spill.push(m.local.set(t, a));
      return m.local.get(t, type);
    });
    return { spill, passed };
  }

  /** A local.get or constant again, as a new expression (one Binaryen expression has one place). */
  private again(e: ExpressionRef): ExpressionRef {
    return this.m.copyExpression(e);
  }

  /** This function's fuel while it runs, in a local its loops spend from; -1 when it has no loop
   *  and spends from the global directly (fuel: how many loop turns, recursive calls and elements
   *  given to blocks a call from the host may still take; runtime/rt.wat). Only a program compiled
   *  with fuel (ProgramContext.fuel) spends any: the checks cost time, so a host asks for them. */
  fuel = -1;
  /** A function without loops: the local its spending goes through on the way to the global. */
  private spent?: number;

  /** Spend `amount` (an i64) of fuel; out of fuel is a fault at `at`. */
  spend(amount: ExpressionRef, at: { span: Span }): ExpressionRef {
    const { m, b } = this;
    const left = this.fuel >= 0
      ? m.local.tee(this.fuel, m.i64.sub(m.local.get(this.fuel, b.i64), amount), b.i64)
      : m.block(null, [m.global.set("rt_fuel", m.local.tee(this.spent ??= this.temp({ kind: "int" }), m.i64.sub(m.global.get("rt_fuel", b.i64), amount), b.i64)), m.local.get(this.spent, b.i64)], b.i64);
    return m.if(m.i64.lt_s(left, m.i64.const(0n)), this.faultAt("fuel", at));
  }

  /** A call that may spend fuel: the global holds this function's fuel while it runs. */
  private synced(call: ExpressionRef, result: number): ExpressionRef {
    const { m, b } = this;
    const give = m.global.set("rt_fuel", m.local.get(this.fuel, b.i64));
    const take = m.local.set(this.fuel, m.global.get("rt_fuel", b.i64));
    if (result === b.none || result === b.unreachable) return m.block(null, [give, call, take]);
    const r = this.tempOf(result);
    return m.block(null, [give, m.local.set(r, call), take, m.local.get(r, result)], result);
  }

  /** Leaving the function with `value`: its fuel goes back to the global first. */
  leave(value: ExpressionRef | undefined): ExpressionRef {
    const { m, b } = this;
    if (this.fuel < 0) return m.return(value);
    const give = m.global.set("rt_fuel", m.local.get(this.fuel, b.i64));
    if (value === undefined) return m.block(null, [give, m.return()]);
    const type = b.getExpressionType(value);
    const r = this.tempOf(type);
    return m.block(null, [m.local.set(r, value), give, m.return(m.local.get(r, type))]);
  }

  /** The whole body with its fuel: a recursive function spends 1 a call; one with loops takes the
   *  global's fuel into its local on entry and gives back what is left on the way out. */
  withFuel(body: ExpressionRef, result: number, recursive: boolean, at: { span: Span }): ExpressionRef {
    const { m, b } = this;
    body = this.withFaultExit(body, result);
    const enter = recursive && this.cx.fuel ? [this.spend(m.i64.const(1n), at)] : [];
    if (this.fuel < 0) return enter.length ? m.block(null, [...enter, body], result) : body;
    const take = m.local.set(this.fuel, m.global.get("rt_fuel", b.i64));
    const give = m.global.set("rt_fuel", m.local.get(this.fuel, b.i64));
    if (result === b.none) return m.block(null, [take, ...enter, body, give]);
    const r = this.tempOf(result);
    return m.block(null, [take, ...enter, m.local.set(r, body), give, m.local.get(r, result)], result);
  }
}
