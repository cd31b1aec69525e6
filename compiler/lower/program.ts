// Lowering a checked program: one wasm function per Ideo function (internal name fn_<name>,
// exported as <name>), one per lambda (in the table, for call_indirect), string literals for the
// data segment, and the list of block templates the linker must bring in.
import type { Binaryen, Module } from "../binaryen.js";
import type { Checked } from "../check/check.js";
import type { Expr } from "../syntax/ast.js";
import { LineMap } from "../diagnostics.js";
import { toType } from "../check/unify.js";
import { Type, show } from "../types.js";
import { CallEffects, ProgramContext, TemplateTarget } from "./context.js";
import { FnLowerer } from "./function.js";
import { nodes } from "../syntax/walk.js";

export interface Lowered {
  roots: string[];
  data: Uint8Array[];
  table: string[];
  /** Exported functions and their Ideo types, for the JS host. */
  /** Each export's parameter and result types; `generic`: the parameters' shapes where inference
   *  left them open (`['a]`), which the JS host may compile again for other argument types. */
  signatures: Record<string, Signature>;
  /** The host functions (`extern`), imported from "host" under their names, and their types. */
  host: Record<string, Signature>;
}

type Signature = { params: string[]; result: string; names: string[]; generic?: string[]; fn?: string; line?: number; col?: number };

/** Names the host reserves: a user function with one of these is exported with a `_` suffix. */
const RESERVED = new Set(["memory", "rt_alloc", "rt_mark", "rt_reset"]);

/** Lower a program; with `template`, lower a stdlib block's source into its template instead
 *  (no exports: compiler/stdlib.ts declares the imports and checks the entry's signature). With
 *  `fuel`, compile in the checks that spend fuel (lower/base.ts), for a host that sets a budget. */
export function lowerProgram(b: Binaryen, m: Module, checked: Checked, source: string, file: string, effects: (fn: string) => CallEffects, options: { template?: TemplateTarget; fuel?: boolean; exports?: Set<string> } = {}): Lowered {
  const { template, fuel, exports } = options;
  const cx = new ProgramContext(b, m, checked, new LineMap(source), effects, template, fuel);
  const fileIndex = m.addDebugInfoFileName(file);
  const pending: { e: Extract<Expr, { kind: "lambda" }>; name: string }[] = [];
  const lambdaName = new Map<Expr, string>();
  cx.lambda = (e) => {
    let name = lambdaName.get(e);
    if (!name) {
      name = cx.ownName(`lambda_${cx.lambdaNames.length}`);
      lambdaName.set(e, name);
      cx.lambdaNames.push(name);
      pending.push({ e, name });
    }
    return name;
  };

  const signatures: Lowered["signatures"] = {}, host: Lowered["host"] = {};
  const recursive = recursiveFunctions(checked);
  for (const [name, info] of checked.fns) {
    const params = info.decl.params.map((p, i) => ({ name: p.name, type: toType(info.params[i]) }));
    const result = toType(info.result);
    if (info.decl.host) {
      // calls reach it as any function's, by its internal name
      m.addFunctionImport(`fn_${name}`, "host", name, b.createType(params.map((p) => cx.wasm(p.type))), cx.wasm(result));
      const at = cx.lines.pos(info.decl.nameSpan.start); // named when the host does not pass it
      host[name] = { params: params.map((p) => show(p.type)), result: show(result), names: params.map((p) => p.name), line: at.line, col: at.col };
      continue;
    }
    const fl = new FnLowerer(cx, params, info.decl.body);
    const body = fl.withFuel(fl.block(info.decl.body, result), cx.wasm(result), recursive.has(name), { span: info.decl.nameSpan });
    const fn = m.addFunction(cx.fnName(name), b.createType(params.map((p) => cx.wasm(p.type))), cx.wasm(result), fl.localTypes, body);
    nameLocals(b, fn, params.map((p) => p.name), fl);
    placeCallSites(m, fn, fileIndex, fl);
    if (template || (exports && !exports.has(name))) continue;
    const exportName = RESERVED.has(name) ? `${name}_` : name;
    m.addFunctionExport(cx.fnName(name), exportName);
    const generic = checked.generic.get(name);
    signatures[exportName] = { params: params.map((p) => show(p.type)), result: show(result), names: params.map((p) => p.name), ...(generic ? { generic, fn: name } : {}) };
  }

  // lambdas found while lowering (and inside other lambdas)
  while (pending.length) {
    const { e, name } = pending.shift()!;
    const info = checked.lambdas.get(e)!;
    // a lambda that takes a tuple apart receives the tuple and loads its fields into the named locals
    const params = info.fields
      ? [{ name: "$tuple", type: toType(info.params[0]) }]
      : e.params.map((p, i) => ({ name: p.name, type: toType(info.params[i]) }));
    const captureTypes: Type[] = info.captures.map((c) => captureType(checked, e, c));
    const fl = new FnLowerer(cx, [{ name: "$closure", type: { kind: "bool" } }, ...params], e.body);
    const loads = info.captures.map((c, k) => {
      const idx = fl.local(c, captureTypes[k]);
      return m.local.set(idx, cx.load(captureTypes[k], m.local.get(0, b.i32), 8 + 8 * k));
    });
    if (info.fields) {
      e.params.forEach((p, k) => {
        const t = toType(info.fields![k]);
        loads.push(m.local.set(fl.local(p.name, t), cx.load(t, m.local.get(1, b.i32), 8 * k)));
      });
    }
    const result = toType(info.result);
    const body = fl.withFuel(fl.expr(e.body), cx.wasm(result), false, e);
    const full = loads.length ? m.block(null, [...loads, body], cx.wasm(result)) : body;
    const fn = m.addFunction(name, b.createType([b.i32, ...params.map((p) => cx.wasm(p.type))]), cx.wasm(result), fl.localTypes, full);
    nameLocals(b, fn, ["closure", ...params.map((p) => p.name)], fl);
    placeCallSites(m, fn, fileIndex, fl);
  }

  return { roots: [...cx.roots].sort(), data: cx.data, table: cx.lambdaNames, signatures, host };
}

/** The functions that can call themselves, directly or through others (calls in their lambdas,
 *  and a function named as a value, count): each call of one spends a unit of fuel. */
function recursiveFunctions(checked: Checked): Set<string> {
  const callees = new Map<string, Set<string>>();
  for (const [name, info] of checked.fns) {
    const out = new Set<string>();
    for (const n of nodes(info.decl.body)) {
      const target = "kind" in n ? checked.calls.get(n as Expr) : undefined;
      if (target?.kind === "fn") out.add(target.name);
    }
    callees.set(name, out);
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    for (const c of callees.get(from) ?? []) {
      if (c === to) return true;
      if (!seen.has(c)) { seen.add(c); if (reaches(c, to, seen)) return true; }
    }
    return false;
  };
  return new Set([...callees.keys()].filter((f) => reaches(f, f)));
}

/** A captured variable's type: found where the enclosing function or lambda defines it. */
function captureType(checked: Checked, lambda: Expr, name: string): Type {
  for (const f of checked.fns.values()) {
    if (lambda.span.start >= f.decl.span.start && lambda.span.end <= f.decl.span.end) {
      const t = f.locals.get(name);
      if (t) return toType(t);
      const pi = f.decl.params.findIndex((p) => p.name === name);
      if (pi >= 0) return toType(f.params[pi]);
    }
  }
  // defined as a parameter of an enclosing lambda
  let best: { span: number; type: Type } | undefined;
  for (const [e, info] of checked.lambdas) {
    if (e.kind !== "lambda" || e === lambda) continue;
    if (lambda.span.start >= e.span.start && lambda.span.end <= e.span.end) {
      const pi = e.params.findIndex((p) => p.name === name);
      const width = e.span.end - e.span.start;
      if (pi >= 0 && (!best || width < best.span)) best = { span: width, type: toType((info.fields ?? info.params)[pi]) };
    }
  }
  return best?.type ?? { kind: "int" };
}

/** Calls of the program's functions carry their source position as debug information, which
 *  Binaryen keeps through optimization: the table a stack overflow is reported from (binaryen.ts). */
function placeCallSites(m: Module, fn: number, fileIndex: number, fl: FnLowerer): void {
  for (const c of fl.callSites) m.setDebugLocation(fn, c.expr, fileIndex, c.line, c.col);
}

function nameLocals(b: Binaryen, fn: number, params: string[], fl: FnLowerer): void {
  const F = (b as unknown as { Function: { setLocalName(f: number, i: number, n: string): void } }).Function;
  params.forEach((p, i) => F.setLocalName(fn, i, p));
  for (const [i, n] of fl.localNames()) if (i >= params.length) F.setLocalName(fn, i, n);
}
