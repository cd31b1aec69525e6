// Questions an editor asks about a checked program, answered from the syntax tree and the maps the
// checker leaves (checked.ts): what is at this offset, where is it defined, what type has it, what
// type has the value before a `.`. It reads the checker's output only; it changes nothing.
import type { Expr, FnDecl, Param, Program } from "./syntax/ast.js";
import { children, isExpr, namesSet, type Node } from "./syntax/walk.js";
import type { Span } from "./diagnostics.js";
import type { Checked } from "./check/checked.js";
import { prune, showTy, Ty } from "./check/unify.js";
import type { BlockInfo } from "./blocks/registry.js";
import type { SigType } from "./blocks/signature.js";

type Call = Extract<Expr, { kind: "call" }>;
type Lambda = Extract<Expr, { kind: "lambda" }>;

/** What an offset points at, with the function it is in. */
export type Found =
  | { kind: "fn"; fn: FnDecl }
  | { kind: "param"; fn: FnDecl; param: Param; index: number }
  | { kind: "callee"; fn: FnDecl; call: Call }
  /** A record's field read or written: `b.x` (the checker made it a field node). */
  | { kind: "field"; fn: FnDecl; expr: Extract<Expr, { kind: "field" }> }
  | { kind: "name"; fn: FnDecl; expr: Extract<Expr, { kind: "name" }>; path: Node[] }
  /** A variable where it is bound: a `for` variable or a lambda's parameter. */
  | { kind: "binding"; fn: FnDecl; name: string; span: Span; lambda?: Lambda; index: number; path: Node[] };

const within = (s: Span | undefined, at: number) => !!s && s.start <= at && at <= s.end;

/** The function an offset is in: the narrowest, since the statements that form a script's `main`
 *  span the functions defined between them. */
export function fnAt(program: Program, at: number): FnDecl | undefined {
  let best: FnDecl | undefined;
  for (const f of program.fns) {
    if (within(f.span, at) && (!best || f.span.end - f.span.start < best.span.end - best.span.start)) best = f;
  }
  return best;
}

/** Each node under `n`, parents first, with the nodes above it. */
function walk(n: Node | undefined, visit: (n: Node, path: Node[]) => void, path: Node[] = []): void {
  if (!n) return; // a function whose body did not parse
  visit(n, path);
  const below = [...path, n];
  for (const c of children(n)) walk(c, visit, below);
}

/** The variables a `for` or a lambda binds. */
const boundBy = (n: Node): { name: string; span: Span }[] =>
  "stmts" in n ? [] : n.kind === "for" ? n.vars : n.kind === "lambda" && !n.placeholder ? n.params : [];

export function locate(program: Program, at: number): Found | undefined {
  const fn = fnAt(program, at);
  if (!fn) return undefined;
  if (!fn.script && within(fn.nameSpan, at)) return { kind: "fn", fn };
  const p = fn.params.findIndex((x) => within(x.span, at));
  if (p >= 0 && !fn.script) return { kind: "param", fn, param: fn.params[p], index: p };
  let found: Found | undefined;
  walk(fn.body, (n, path) => {
    if ("stmts" in n) return;
    if (n.kind === "call" && within(n.calleeSpan, at) && !n.args.some((a) => within(a?.span, at))) found = { kind: "callee", fn, call: n };
    else if (n.kind === "name" && within(n.span, at)) found = { kind: "name", fn, expr: n, path };
    else if (n.kind === "field" && within(n.nameSpan, at)) found = { kind: "field", fn, expr: n };
    const vars = boundBy(n);
    const i = vars.findIndex((v) => within(v.span, at));
    if (i >= 0) found = { kind: "binding", fn, name: vars[i].name, span: vars[i].span, lambda: n.kind === "lambda" ? n : undefined, index: i, path: [...path, n] };
  });
  return found;
}

/** Where a variable named `name`, used inside `path` of `fn`, is bound: the nearest enclosing lambda
 *  parameter or `for` variable, else a parameter, else its first assignment in the function. */
function bindingOf(fn: FnDecl, name: string, path: Node[]): Span | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const v = boundBy(path[i]).find((x) => x.name === name);
    if (v) return v.span;
  }
  const param = fn.params.find((x) => x.name === name);
  if (param) return { start: param.span.start, end: param.span.start + name.length };
  let first: Span | undefined;
  walk(fn.body, (n) => {
    if ("stmts" in n) return;
    const span = n.kind === "assign" ? namesSet(n).find((t) => t.name === name)?.span
      : n.kind === "for" ? n.vars.find((v) => v.name === name)?.span : undefined;
    if (span && (!first || span.start < first.start)) first = span;
  });
  return first;
}

const userFn = (program: Program, name: string) => program.fns.find((f) => f.name === name && !f.script);

/** Where what `found` names is defined: a user function's name, or where a variable is bound. */
export function definition(program: Program, found: Found): Span | undefined {
  switch (found.kind) {
    case "fn": return found.fn.nameSpan;
    case "param": return { start: found.param.span.start, end: found.param.span.start + found.param.name.length };
    case "binding": return found.span;
    case "field": return recordField(program, found.expr)?.span;
    case "name": return bindingOf(found.fn, found.expr.name, found.path) ?? userFn(program, found.expr.name)?.nameSpan;
    case "callee": {
      const target = found.call.callee;
      // a variable holding a function is called like one: `f = x => x + 1; f(2)`
      const local = found.call.method ? undefined : bindingOf(found.fn, target, []);
      return local ?? userFn(program, target)?.nameSpan;
    }
  }
}

/** The declaration of a record's field that a field node reads: the record is the one whose fields
 *  the node's slot names (its type is the checker's; here the declaration is looked up by name). */
function recordField(program: Program, e: Extract<Expr, { kind: "field" }>) {
  return program.records?.flatMap((r) => r.fields[e.index]?.name === e.name ? [r.fields[e.index]] : [])[0];
}

/** The fields of a record type, for completion after `.`: name and type. */
export function recordFields(t: Ty | undefined): { name: string; type: string }[] {
  const r = t && prune(t);
  return r?.tag === "tuple" && r.record ? r.record.fields.map((name, k) => ({ name, type: showTy(r.items[k]) })) : [];
}

/** A user function's signature with the types the checker found: `close(xs: [float], t: float) -> bool`. */
export function fnSignature(checked: Checked | undefined, fn: FnDecl): string {
  // a name defined twice (E0203) is checked once, as its first definition: the others show untyped
  const found = checked?.fns.get(fn.name);
  const info = found && found.decl === fn && found.params.length === fn.params.length ? found : undefined;
  const params = fn.params.map((p, i) => (info ? `${p.name}: ${showTy(info.params[i])}` : p.name));
  return `${fn.name}(${params.join(", ")})${info ? ` -> ${showTy(info.result)}` : ""}`;
}

/** The type of the variable `found` names, as text, where the checker knows it. */
export function variableType(checked: Checked | undefined, found: Found): string | undefined {
  if (!checked) return undefined;
  let t: Ty | undefined;
  if (found.kind === "name") t = checked.types.get(found.expr) ?? checked.fns.get(found.fn.name)?.locals.get(found.expr.name);
  else if (found.kind === "field") t = checked.types.get(found.expr);
  else if (found.kind === "param") t = checked.fns.get(found.fn.name)?.params[found.index];
  else if (found.kind === "binding") {
    t = found.lambda ? checked.lambdas.get(found.lambda)?.params[found.index] : undefined;
    t ??= checked.fns.get(found.fn.name)?.locals.get(found.name);
  }
  return t && prune(t).tag !== "var" ? showTy(t) : undefined;
}

/** Kinds of expression that a `.` right after binds to whole (`xs.sort.` continues `xs.sort`). */
const POSTFIX = new Set(["name", "call", "index", "slice", "field", "str", "int", "float", "bool", "array", "tuple", "map"]);

/** The type of the value that ends at `end` (the receiver of a `.` typed there), if checked. */
export function typeEndingAt(program: Program, checked: Checked | undefined, end: number): Ty | undefined {
  const fn = fnAt(program, end);
  if (!fn || !checked) return undefined;
  let best: Expr | undefined;
  walk(fn.body, (n) => {
    if (isExpr(n) && POSTFIX.has(n.kind) && n.span.end === end && (!best || n.span.start < best.span.start)) best = n;
  });
  const t = best && checked.types.get(best);
  return t && prune(t).tag !== "var" ? prune(t) : undefined;
}

/** Does a block take a value of type `t` as its first argument (so `x.block` reads)? */
export function takesFirst(b: BlockInfo, t: Ty): boolean {
  return b.sigs.some((s) => s.params.length > 0 && fits(s.params[0].type, t, b.def.types ?? {}));
}

function fits(s: SigType, t: Ty, domains: Record<string, string[]>): boolean {
  t = prune(t);
  if (t.tag === "var") return true;
  switch (s.kind) {
    case "var": {
      const d = domains[s.name];
      return !d || d.includes("any") || !["int", "float", "bool", "str"].includes(t.tag) || d.includes(t.tag);
    }
    case "array": return t.tag === "array" && fits(s.elem, t.elem, domains);
    case "tuple": return t.tag === "tuple" && t.items.length === s.items.length && s.items.every((x, i) => fits(x, t.items[i], domains));
    case "map": return t.tag === "map" && fits(s.key, t.key, domains) && fits(s.value, t.value, domains);
    case "fn": return t.tag === "fn";
    default: return t.tag === s.kind;
  }
}
