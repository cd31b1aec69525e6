// The types of binary operators: which kinds each side may be, what the result is. `x in xs` is the
// `contains` block with its operands swapped, unless xs is a map (its own key lookup); `**` on
// floats becomes the `pow` block once types are known.
import type { Expr } from "../syntax/ast.js";
import { CODES, Diagnostic, Span, error } from "../diagnostics.js";
import { ADD, ANY_T, BOOL_T, FLOAT_T, INT_T, Kind, NUM, ORD, Ty, fresh, prune, showTy } from "./unify.js";

export interface OperatorEnv {
  check(e: Expr): Ty;
  unify(expected: Ty, found: Ty, span: Span, what: string, note?: { span: Span; message: string }): boolean;
  /** Unify, lifting a plain value into an any where one is wanted (lift.ts). */
  lifted(want: Ty, found: Ty, e: Expr, what: string): boolean;
  report(d: Diagnostic): void;
  /** Resolve `contains(xs, x)` for `x in xs`, given the operands' types. */
  contains(call: Extract<Expr, { kind: "call" }>, types: Map<Expr, Ty>): void;
  /** A `**` to look at again once its operands' types are final. */
  pow(e: Extract<Expr, { kind: "binary" }>): void;
  /** t, or int for a byte, which is widened where it is used (lift.ts). */
  widen(e: Expr, t: Ty): Ty;
}

export function inferOperator(e: Extract<Expr, { kind: "binary" }>, env: OperatorEnv): Ty {
  if (e.op === "in" || e.op === "not in") {
    const r = env.check(e.right);
    const l = env.check(e.left);
    const mt = prune(r);
    if (mt.tag === "map") {
      env.unify(mt.key, l, e.left.span, "a map key");
      return BOOL_T;
    }
    // looking in an any, or a list of them: the value looked for is an any too
    const inAny = mt.tag === "any" || (mt.tag === "array" && prune(mt.elem).tag === "any");
    if (inAny) env.lifted(ANY_T, l, e.left, `the left side of '${e.op}'`);
    const call: Extract<Expr, { kind: "call" }> = { kind: "call", callee: "contains", calleeSpan: e.opSpan, args: [e.right, e.left], method: false, span: e.span };
    env.contains(call, new Map([[e.right, r], [e.left, inAny ? ANY_T : l]]));
    return BOOL_T;
  }
  // a byte is an int in an expression: `b + 1`, `b == 65` compute on ints and nothing wraps at 256
  const [l, r] = e.op === "??" ? [env.check(e.left), env.check(e.right)] : [env.widen(e.left, env.check(e.left)), env.widen(e.right, env.check(e.right))];
  // the note reads the left side's type when it is given, after the class has narrowed it
  const sameAsLeft = () => ({ span: e.left.span, message: `the left side is ${showTy(l)}` });
  const both = (cls: ReadonlySet<Kind>, what: string): Ty => {
    if (convertFirst(e, l, r, cls, env)) return fresh(cls);
    if (env.unify(fresh(cls), l, e.left.span, what)) env.unify(l, r, e.right.span, `${what} (both sides share a type)`, sameAsLeft());
    return l;
  };
  switch (e.op) {
    case "??": {
      // x ?? d: x's value, or d when x is null
      const inner = fresh();
      env.unify({ tag: "opt", elem: inner }, l, e.left.span, "'??' (its left side may be null: T?)");
      env.unify(inner, r, e.right.span, "'??' (the default has the type of the value)", sameAsLeft());
      return inner;
    }
    case "and": case "or":
      env.unify(BOOL_T, l, e.left.span, `'${e.op}'`);
      env.unify(BOOL_T, r, e.right.span, `'${e.op}'`);
      return BOOL_T;
    case "==": case "!=":
      // an any beside a plain value: the plain one is lifted and they compare as anys
      if (prune(l).tag === "any" && prune(r).tag !== "any") env.lifted(l, r, e.right, `'${e.op}'`);
      else if (prune(r).tag === "any" && prune(l).tag !== "any") env.lifted(r, l, e.left, `'${e.op}'`);
      else env.unify(l, r, e.right.span, `'${e.op}' (both sides share a type)`, sameAsLeft());
      return BOOL_T;
    case "<": case "<=": case ">": case ">=":
      both(ORD, `'${e.op}'`);
      return BOOL_T;
    case "+": {
      // a list of anys joins a list of plain values, which is lifted: `out += [i]`
      const anys = (t: Ty) => { const p = prune(t); return p.tag === "array" && prune(p.elem).tag === "any"; };
      if (anys(l) && !anys(r) && prune(r).tag === "array") { env.lifted(l, r, e.right, "'+'"); return l; }
      if (anys(r) && !anys(l) && prune(l).tag === "array") { env.lifted(r, l, e.left, "'+'"); return r; }
      return both(ADD, "'+'");
    }
    case "/":
      // true division: each side may be int or float, the result is a float
      env.unify(fresh(NUM), l, e.left.span, "'/'");
      env.unify(fresh(NUM), r, e.right.span, "'/'");
      return FLOAT_T;
    case "**": env.pow(e); return both(NUM, "'**'");
    case "&": case "|": case "^": case "<<": case ">>":
      env.unify(INT_T, l, e.left.span, `'${e.op}' (bitwise operators take ints)`);
      env.unify(INT_T, r, e.right.span, `'${e.op}' (bitwise operators take ints)`);
      return INT_T;
    default: return both(NUM, `'${e.op}'`);
  }
}

const ORDERED = "numbers, strings or bools";
const TAKES: Record<string, string> = { "+": "numbers, strings or arrays", "<": ORDERED, "<=": ORDERED, ">": ORDERED, ">=": ORDERED };

/** An operator that computes or compares with an `any`: it takes plain values, so the any must be
 *  converted first. One error per such side, with the conversion the other side asks for as a fix
 *  (`x.int + 1`) where the side is a name, call, index or field (appending to it is safe). */
function convertFirst(e: Extract<Expr, { kind: "binary" }>, l: Ty, r: Ty, cls: ReadonlySet<Kind>, env: OperatorEnv): boolean {
  const sides = [[e.left, l, r], [e.right, r, l]] as const;
  const anys = sides.filter(([, t]) => prune(t).tag === "any");
  for (const [side, , other] of anys) {
    const o = prune(other);
    const to = o.tag === "float" ? "float" : o.tag === "str" && cls.has("str") ? "str" : o.tag === "int" || (o.tag === "var" && [...o.allowed].every((k) => NUM.has(k))) ? "int" : undefined;
    const postfix = side.kind === "name" || side.kind === "call" || side.kind === "index" || side.kind === "field";
    env.report(error(CODES.typeMismatch, `'${e.op}' takes ${TAKES[e.op] ?? "numbers"}, not any: convert it first`, side.span, {
      suggestions: [to ? `convert it with \`.${to}\`` : "convert it with `.int`, `.float` or `.str`, whichever the value holds"],
      fix: to && postfix ? { span: { start: side.span.end, end: side.span.end }, replacement: `.${to}`, description: `convert with .${to}` } : undefined,
    }));
  }
  return anys.length > 0;
}
