// W0006: a loop that builds or folds an array where one block call says the same:
//   out = []        for x in xs: out += [f(x)]          → out = xs.map(f(_))
//   out = []        for x in xs: if c(x): out += [x]    → out = xs.filter(c(_))
//   n = 0           for x in xs: n += f(x)              → n = xs.map(f(_)).sum   (xs.sum for x)
//   n = 0           for x in xs: if c(x): n += 1        → n = xs.count(c(_))
//   found = false   for x in xs: if c(x): found = true  → found = xs.any(c(_))   (a break may follow)
//   ok = true       for x in xs: if c(x): ok = false    → ok = xs.all(not c(_))
//   for x in xs: if c(x): return true   then   false    → xs.any(c(_))   (at the end of a function)
// Only the plainest shapes: one statement in the loop, the accumulator set just before it and used
// nowhere inside but where it is built, expressions on one line.
import type { Block, Expr, FnDecl, Stmt } from "../syntax/ast.js";
import { CODES, Diagnostic, Span } from "../diagnostics.js";
import type { Registry } from "../blocks/registry.js";
import type { Checked } from "../check/checked.js";
import { prune } from "../check/unify.js";
import { descendants, mentions, text } from "./walk.js";

type For = Extract<Stmt, { kind: "for" }>;
type Assign = Extract<Stmt, { kind: "assign" }>;

interface Ctx { source: string; checked: Checked; registry: Registry; out: Diagnostic[] }

export function loopsAsBlocks(source: string, fns: FnDecl[], checked: Checked, registry: Registry): Diagnostic[] {
  const ctx: Ctx = { source, checked, registry, out: [] };
  for (const f of fns) {
    walkBlocks(f.body, (b) => scan(ctx, b));
    finalAnyAll(ctx, f.body);
  }
  return ctx.out;
}

function walkBlocks(b: Block, visit: (b: Block) => void): void {
  visit(b);
  for (const s of b.stmts) {
    if (s.kind === "while" || s.kind === "for") walkBlocks(s.body, visit);
    if (s.kind === "expr" && s.expr.kind === "if") {
      walkBlocks(s.expr.then, visit);
      if (s.expr.else) walkBlocks(s.expr.else, visit);
    }
  }
}

/** An accumulator set to a literal, then a loop that only builds or folds it. */
function scan(ctx: Ctx, b: Block): void {
  for (let i = 0; i + 1 < b.stmts.length; i++) {
    const init = b.stmts[i], loop = b.stmts[i + 1];
    if (init.kind !== "assign" || init.op !== "=" || init.target.kind !== "name" || loop.kind !== "for") continue;
    const acc = init.target.name;
    const expr = fold(ctx, acc, init.value, loop);
    if (expr) report(ctx, { start: init.span.start, end: loop.span.end }, `${acc} = ${expr}`, "a loop that builds a value");
  }
}

/** The block call a loop's folding into `acc` (which starts as `start`) amounts to, if it is one. */
function fold(ctx: Ctx, acc: string, start: Expr, loop: For): string | undefined {
  if (loop.body.stmts.length !== 1 || !simpleVars(loop) || mentions(loop.iter, acc)) return undefined;
  const s = loop.body.stmts[0];
  const cond = s.kind === "expr" && s.expr.kind === "if" && !s.expr.else ? s.expr : undefined;
  const inner = cond ? cond.then.stmts : [s];
  if (cond && (!usable(ctx, cond.cond, acc))) return undefined;
  const iter = iterText(ctx, loop);
  if (!iter) return undefined;
  const f = (e: Expr) => lambda(ctx, loop, e);
  const isVar = (e: Expr) => loop.vars.length === 1 && e.kind === "name" && e.name === loop.vars[0].name;
  if (start.kind === "array" && !start.items.length && inner.length === 1) {
    const item = appended(inner[0], acc);
    if (!item || !usable(ctx, item, acc)) return undefined;
    if (!cond) return isVar(item) ? undefined : `${iter}.map(${f(item)})`;
    return isVar(item) ? `${iter}.filter(${f(cond.cond)})` : `[${text(ctx.source, item.span)} for ${varsText(loop)} in ${iter} if ${text(ctx.source, cond.cond.span)}]`;
  }
  if ((start.kind === "int" && start.value === 0n) || (start.kind === "float" && start.value === 0)) {
    const add = inner.length === 1 && inner[0].kind === "assign" && inner[0].op === "+=" && isName(inner[0].target, acc) ? inner[0].value : undefined;
    if (!add || !usable(ctx, add, acc)) return undefined;
    if (cond) return add.kind === "int" && add.value === 1n ? `${iter}.count(${f(cond.cond)})` : `[${text(ctx.source, add.span)} for ${varsText(loop)} in ${iter} if ${text(ctx.source, cond.cond.span)}].sum`;
    return isVar(add) ? `${iter}.sum` : `${iter}.map(${f(add)}).sum`;
  }
  if (start.kind === "bool" && cond && (inner.length === 1 || (inner.length === 2 && inner[1].kind === "break"))) {
    const set = inner[0];
    if (set.kind !== "assign" || set.op !== "=" || !isName(set.target, acc) || set.value.kind !== "bool" || set.value.value === start.value) return undefined;
    return start.value ? `${iter}.all(${lambda(ctx, loop, cond.cond, true)})` : `${iter}.any(${f(cond.cond)})`;
  }
  return undefined;
}

/** `for x in xs: if c(x): return true` then `false` (or `return false`) ending a function. */
function finalAnyAll(ctx: Ctx, body: Block): void {
  const n = body.stmts.length;
  if (n < 2) return;
  const loop = body.stmts[n - 2], last = body.stmts[n - 1];
  if (loop.kind !== "for" || loop.body.stmts.length !== 1 || !simpleVars(loop)) return;
  const lastValue = last.kind === "return" ? last.value : last.kind === "expr" ? last.expr : undefined;
  const s = loop.body.stmts[0];
  if (lastValue?.kind !== "bool" || s.kind !== "expr" || s.expr.kind !== "if" || s.expr.else || s.expr.then.stmts.length !== 1) return;
  const ret = s.expr.then.stmts[0];
  if (ret.kind !== "return" || ret.value?.kind !== "bool" || ret.value.value === lastValue.value || !usable(ctx, s.expr.cond)) return;
  const iter = iterText(ctx, loop);
  if (!iter) return;
  const expr = ret.value.value ? `${iter}.any(${lambda(ctx, loop, s.expr.cond)})` : `${iter}.all(${lambda(ctx, loop, s.expr.cond, true)})`;
  report(ctx, { start: loop.span.start, end: last.span.end }, expr, "a loop that looks for a match");
}

function report(ctx: Ctx, span: Span, replacement: string, what: string): void {
  // a comment inside the replaced lines would be lost: warn, but offer no fix
  const safe = !ctx.source.slice(span.start, span.end).includes("#");
  ctx.out.push({
    code: CODES.loopBlock, severity: "warning", span,
    message: `${what}, where one block call says the same: \`${replacement}\``,
    fix: safe ? { span, replacement, description: `replace the loop with ${replacement}` } : undefined,
  });
}

const isName = (e: Expr, name: string) => e.kind === "name" && e.name === name;

/** What a statement appends to `acc`: `acc += [e]`, `acc = acc + [e]`, `acc = acc.append(e)`. */
function appended(s: Stmt, acc: string): Expr | undefined {
  if (s.kind !== "assign" || !isName(s.target, acc)) return undefined;
  const one = (e: Expr) => (e.kind === "array" && e.items.length === 1 ? e.items[0] : undefined);
  if (s.op === "+=") return one(s.value);
  if (s.op !== "=") return undefined;
  const v = s.value;
  if (v.kind === "binary" && v.op === "+" && isName(v.left, acc)) return one(v.right);
  if (v.kind === "call" && v.callee === "append" && v.args.length === 2 && isName(v.args[0], acc)) return v.args[1];
  return undefined;
}

/** An expression that can move into a lambda: one line, no print, not mentioning the accumulator,
 *  and no if/else with statements inside. */
function usable(ctx: Ctx, e: Expr, acc?: string): boolean {
  if (text(ctx.source, e.span).includes("\n") || (acc && mentions(e, acc))) return false;
  for (const d of descendants(e)) {
    if (d.kind === "call" && d.callee === "print") return false;
    if (d.kind === "if" && [d.then, d.else].some((b) => b && b.stmts.some((s) => s.kind !== "expr"))) return false;
  }
  return true;
}

function simpleVars(loop: For): boolean {
  return loop.vars.every((v) => v.name !== "_") && new Set(loop.vars.map((v) => v.name)).size === loop.vars.length;
}

const varsText = (loop: For) => loop.vars.map((v) => v.name).join(", ");

/** The iterable as a receiver: in parentheses unless a simple term; a string's characters, a map's
 *  keys (or items, for two variables). None for an any, which a loop walks as a list or a dict's
 *  keys, and blocks do not take. */
function iterText(ctx: Ctx, loop: For): string | undefined {
  const e = loop.iter;
  const t = text(ctx.source, e.span);
  const recv = bareTerm(t) ? t : `(${t})`;
  const ty = ctx.checked.types.get(e);
  const tag = ty && prune(ty).tag;
  if (tag === "any") return undefined;
  return tag === "str" ? `${recv}.chars` : tag === "map" ? `${recv}.${loop.vars.length > 1 ? "items" : "keys"}` : recv;
}

/** Can this text take `.name` after it as it is: no space or `..` outside brackets and quotes? */
export function bareTerm(t: string): boolean {
  let depth = 0, quote = "";
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quote) { if (c === "\\") i++; else if (c === quote) quote = ""; continue; }
    if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (depth === 0 && (/\s/.test(c) || t.startsWith("..", i) || "+-*/%<>=!&|^~?".includes(c))) return false;
  }
  return true;
}

/** `e` as a function of the loop's variables: `_` when it is one variable used once and no call
 *  inside takes a function (where `_` would belong), else `x => e` or `(a, b) => e`; `negate` gives
 *  the opposite condition. */
function lambda(ctx: Ctx, loop: For, e: Expr, negate = false): string {
  const vars = loop.vars.map((v) => v.name);
  const x = vars[0];
  const uses = vars.length === 1 ? [...descendants(e)].filter((d) => d.kind === "name" && d.name === x) : [];
  const takesFn = [...descendants(e)].some((d) => d.kind === "lambda" || d.kind === "placeholder" || (d.kind === "call" && ctx.registry.get(d.callee)?.sigs.some((s) => s.params.some((p) => p.type.kind === "fn"))));
  const placeholder = uses.length === 1 && mentions(e, x) === 1 && !takesFn;
  // the source of a part of e, with the one use of the variable as `_` when that is the form
  const src = (part: Expr) => {
    const t = text(ctx.source, part.span);
    const at = uses[0] ? uses[0].span.start - part.span.start : -1;
    return placeholder && at >= 0 && at < t.length ? t.slice(0, at) + "_" + t.slice(at + x.length) : t;
  };
  const body = negate ? negated(e, src) : src(e);
  if (placeholder) return body;
  return `${vars.length === 1 ? x : `(${vars.join(", ")})`} => ${body}`;
}

/** The condition's opposite: a comparison flipped, `not` dropped, else `not (c)`. */
function negated(c: Expr, src: (e: Expr) => string): string {
  const flip: Record<string, string> = { "==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">", in: "not in", "not in": "in" };
  if (c.kind === "unary" && c.op === "not") {
    const t = src(c.operand);
    // `not (a > b)`: the parentheses were for `not`
    return t.startsWith("(") && c.operand.kind !== "tuple" ? t.slice(1, -1) : t;
  }
  if (c.kind === "binary" && flip[c.op] && !(c.left.kind === "binary" && flip[c.left.op])) return `${src(c.left)} ${flip[c.op]} ${src(c.right)}`;
  return `not (${src(c)})`;
}
