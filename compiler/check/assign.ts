// Assignments: `x = e` binds or rebinds a name (its first binding fixes its type), `x op= e` is
// `x = x op e`, `xs[i] = v` and `m[k] = v` write an element, and `a, b = b, a + b` or `q, r = t`
// set several of those at once (destructuring, as Python does it).
import type { Expr, Stmt } from "../syntax/ast.js";
import { CODES, Span, error } from "../diagnostics.js";
import { Checker, Ctx, Scope, lookup } from "./env.js";
import { Ty, fresh, prune, showTy } from "./unify.js";

type Assign = Extract<Stmt, { kind: "assign" }>;

export function checkAssign(c: Checker, s: Assign, scope: Scope, ctx: Ctx): void {
  if (s.target.kind === "tuple") return checkDestructure(c, s, s.target.items, scope, ctx);
  const vt = s.op === "="
    ? c.expr(s.value, scope, ctx, true)
    : c.expr({ kind: "binary", op: s.op.slice(0, -1) as "+", left: s.target, right: s.value, opSpan: s.span, span: s.span }, scope, ctx, true);
  // `x op= e` keeps x's type: nothing is lifted into it
  setTarget(c, s.target, vt, s.op === "=" ? s.value : undefined, s.value.span, scope, ctx);
}

/** Set a name or an element to a value of type `vt`. `value` is the expression lifted into a `T?`
 *  or an any where the target is one; without it the types must simply agree. */
function setTarget(c: Checker, target: Expr, vt: Ty, value: Expr | undefined, span: Span, scope: Scope, ctx: Ctx): void {
  if (target.kind === "name") {
    const existing = lookup(scope, target.name);
    if (!existing) { scope.vars.set(target.name, vt); c.out.types.set(target, vt); }
    else { c.out.types.set(target, existing); c.lifted(existing, vt, value, span, `variable '${target.name}'`); }
  } else if (target.kind === "index") {
    const et = c.expr(target, scope, ctx, true);
    if (prune(c.out.types.get(target.target)!).tag === "any") {
      c.report(error(CODES.typeMismatch, "an element of an any cannot be set: set it in the list or dict the any holds", target.span, { suggestions: ["take it out first: `xs = x.list`, then `xs[i] = v` (the any sees the change)"] }));
      return;
    }
    c.elementWrites.push(target.target);
    if (value && narrowsToByte(et, vt)) { reportByteWrite(c, value); return; }
    c.lifted(et, vt, value, span, "the element");
  } else {
    // `b.x = v`, `bs[i].x -= v`: a record's field is written in place
    const field = recordField(c, target, scope, ctx);
    if (field) c.lifted(field.type, vt, value, span, `the field '${field.name}'`);
    else c.report(error(CODES.assignTarget, "only a name, an element `xs[i]` or a record's field `r.x` can be assigned to", target.span));
  }
}

/** A record's field as a target (a call `x(b)` until it is checked, records.ts): its name and type,
 *  checked once (`b.x += 1` checked it as the operand already). */
function recordField(c: Checker, target: Expr, scope: Scope, ctx: Ctx): { name: string; type: Ty } | undefined {
  if (target.kind === "call" && target.method && target.args.length === 1) c.expr(target, scope, ctx, true);
  const after = target as Expr;
  if (after.kind !== "field" || after.name === undefined) return undefined;
  return { name: after.name, type: c.out.types.get(after) ?? c.expr(after, scope, ctx, true) };
}

/** `a, b = b, a + b`, `q, r = t`: every value is checked before any target is set, as the lowering
 *  computes every value before it writes any (so `a, b = b, a` swaps); then each target is set as
 *  `x = e` or `xs[i] = e` sets it. */
function checkDestructure(c: Checker, s: Assign, targets: Expr[], scope: Scope, ctx: Ctx): void {
  const bad = s.op !== "=" ? s.target : targets.find((t) => t.kind !== "name" && t.kind !== "index");
  if (bad) {
    c.expr(s.value, scope, ctx, true);
    const message = bad === s.target ? `only \`=\` sets several names at once, not \`${s.op}\`` : "only names and elements `xs[i]` can be set together";
    const hint = bad === s.target ? `set each on its own line: \`a ${s.op} x\`, then \`b ${s.op} y\`` : "set a tuple whole (`p = (a, b)`), or take it apart into names: `a, b = t`";
    c.report(error(CODES.assignTarget, message, bad.span, { suggestions: [hint] }));
    return;
  }
  const types = valueTypes(c, s, targets.length, scope, ctx);
  targets.forEach((t, k) => {
    // after a reported count, the names still exist (of types their uses give): no echoes
    const value = types && s.value.kind === "tuple" ? s.value.items[k] : undefined;
    setTarget(c, t, types?.[k] ?? fresh(), value, value?.span ?? s.value.span, scope, ctx);
  });
}

/** The types of the n values a destructuring assignment sets: the values written out, or the fields
 *  of the one tuple it gives. Undefined (reported) when they are not n. */
function valueTypes(c: Checker, s: Assign, n: number, scope: Scope, ctx: Ctx): Ty[] | undefined {
  const v = s.value;
  if (v.kind === "tuple" && v.items.length === n) {
    const items = v.items.map((e) => c.expr(e, scope, ctx, true));
    c.out.types.set(v, { tag: "tuple", items });
    return items;
  }
  const t = c.expr(v, scope, ctx, true), p = prune(t);
  const names = `${n} name${n === 1 ? "" : "s"}`;
  const count = v.kind === "tuple" ? v.items.length : p.tag === "tuple" ? p.items.length : undefined;
  if (count !== undefined && count !== n) {
    const what = v.kind === "tuple" ? `${count} values` : `a tuple of ${count} fields`;
    c.report(error(CODES.destructure, `${names} cannot be set from ${what}: each name takes one value`, v.span, { notes: [{ span: s.target.span, message: `the ${names} set here` }], suggestions: [count > n ? "name every value, or keep the whole tuple in one name: `p = t`, then `p.0`" : "give every name a value"] }));
    return undefined;
  }
  const items = Array.from({ length: n }, (): Ty => fresh());
  // a value whose type is still open (a parameter, say) is a tuple of n from here on
  if ((p.tag === "var" && p.allowed.has("tuple")) || p.tag === "tuple") return c.unify({ tag: "tuple", items }, t, v.span, `the value of ${names} set together`) ? items : undefined;
  const hint = p.tag === "array" ? "take the elements by index: `a, b = xs[0], xs[1]`" : "give a tuple, or one value per name: `a, b = x, y`";
  c.report(error(CODES.destructure, `${names} cannot be set from one ${showTy(t)}: only a tuple is taken apart`, v.span, { notes: [{ span: s.target.span, message: `the ${names} set here` }], suggestions: [hint] }));
  return undefined;
}

/** An int (or a number literal) written into a byte: never narrowed silently. */
function narrowsToByte(want: Ty, found: Ty): boolean {
  const w = prune(want), f = prune(found);
  return w.tag === "byte" && (f.tag === "int" || (f.tag === "var" && [...f.allowed].every((k) => k === "int" || k === "float")));
}

/** `bs[i] = v` with v an int: the error carries the fix `v.byte`, or `(v).byte` for an operator. */
function reportByteWrite(c: Checker, v: Expr): void {
  const postfix = v.kind === "name" || v.kind === "call" || v.kind === "index" || v.kind === "field" || v.kind === "int";
  const fix = postfix
    ? { span: { start: v.span.end, end: v.span.end }, replacement: ".byte", description: "convert with .byte (the value modulo 256)" }
    : undefined;
  c.report(error(CODES.typeMismatch, "type mismatch in the element: expected byte, found int (an int is not narrowed to a byte silently)", v.span, {
    suggestions: [postfix ? "convert with `.byte` (the value modulo 256)" : "convert with `(…).byte` (the value modulo 256)"],
    fix,
  }));
}
