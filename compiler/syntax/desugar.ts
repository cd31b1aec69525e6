// Desugaring done while parsing: comprehensions into filter/map calls, `_` arguments into lambdas,
// slices with a step into `step` calls, string literal escapes. Kept apart from the grammar so the parser file reads as the grammar.
import type { Expr, Stmt } from "./ast.js";
import type { Span } from "../diagnostics.js";
import { namesSet, nodes } from "./walk.js";

/** `[e for x in xs if c]` is `xs.filter(x => c).map(x => e)` (the map left out when e is x);
 *  `for a, b in pairs` makes lambdas that take each pair apart. */
export function comprehension(e: Expr, vars: { name: string; span: Span }[], src: Expr, cond: Expr | undefined, span: Span): Expr {
  const param = vars;
  const lambda = (body: Expr): Expr => ({ kind: "lambda", params: param, body, span: body.span });
  const call = (callee: string, recv: Expr, body: Expr): Extract<Expr, { kind: "call" }> => ({ kind: "call", callee, calleeSpan: span, args: [recv, lambda(body)], method: true, span });
  // the first call takes the source: over a string it walks the characters (check/callees.ts)
  const first = (c: Extract<Expr, { kind: "call" }>): Expr => (c.args[0] === src ? { ...c, walks: true } : c);
  const filtered = cond ? first(call("filter", src, cond)) : src;
  return vars.length === 1 && e.kind === "name" && e.name === vars[0].name ? filtered : first(call("map", filtered, e));
}

/** `xs[lo:hi:k]` is `xs[lo:hi].step(k)`, and `xs[::-k]` is `xs.reverse.step(k)` (`xs[::-1]` just
 *  `xs.reverse`). Other steps that are not positive fault where they run, as `step` does: a negative
 *  step over part of a sequence would need Python's reversed bounds, which this does not copy. */
export function steppedSlice(target: Expr, lo: Expr | undefined, hi: Expr | undefined, k: Expr | undefined, span: Span): Expr {
  const call = (callee: string, args: Expr[]): Expr => ({ kind: "call", callee, calleeSpan: k?.span ?? span, args, method: true, span });
  if (!k) return { kind: "slice", target, lo, hi, span };
  // `-k` is a negation, or (a literal) a negative int
  const back: Expr | undefined = k.kind === "unary" && k.op === "-" ? k.operand : k.kind === "int" && k.value < 0n ? { ...k, value: -k.value } : undefined;
  if (!lo && !hi && back) {
    const reversed = call("reverse", [target]);
    return back.kind === "int" && back.value === 1n ? reversed : call("step", [reversed, back]);
  }
  return call("step", [lo || hi ? { kind: "slice", target, lo, hi, span } : target, k]);
}

/** An argument mentioning `_` (outside any inner lambda) becomes the one-parameter lambda `_ => arg`. */
export function placeholderLambda(arg: Expr): Expr {
  return arg && mentionsPlaceholder(arg) ? placeholderLambdaOf(arg) : arg;
}

/** The lambda a `_` argument stands for: one parameter `_`, or `_1` … `_n` when the body numbers them. */
export function placeholderLambdaOf(body: Expr): Expr {
  const n = highestPlaceholder(body);
  const params = n === 0 ? [{ name: "_", span: body.span }] : Array.from({ length: n }, (_, i) => ({ name: `_${i + 1}`, span: body.span }));
  return { kind: "lambda", params, body, span: body.span, placeholder: true };
}

function highestPlaceholder(e: Expr): number {
  if (!e || e.kind === "lambda") return 0;
  if (e.kind === "placeholder") return e.n ?? 0;
  let n = 0;
  for (const c of Object.values(e)) {
    for (const x of Array.isArray(c) ? c : [c]) if (x && typeof x === "object" && "kind" in x && typeof x.kind === "string" && "span" in x) n = Math.max(n, highestPlaceholder(x as Expr));
  }
  if (e.kind === "if") for (const b of [e.then, e.else]) for (const s of b?.stmts ?? []) if (s.kind === "expr") n = Math.max(n, highestPlaceholder(s.expr));
  if (e.kind === "map") for (const en of e.entries) n = Math.max(n, highestPlaceholder(en.key), highestPlaceholder(en.value));
  return n;
}

export function mentionsPlaceholder(e: Expr): boolean {
  if (!e) return false;
  switch (e.kind) {
    case "placeholder": return true;
    case "lambda": return false;
    case "array": case "tuple": return e.items.some(mentionsPlaceholder);
    case "map": return e.entries.some((en) => mentionsPlaceholder(en.key) || mentionsPlaceholder(en.value));
    // only the receiver of a method call belongs to this argument; explicit args were wrapped already
    case "call": return e.args.some(mentionsPlaceholder);
    case "field": return mentionsPlaceholder(e.target);
    case "index": return mentionsPlaceholder(e.target) || mentionsPlaceholder(e.index);
    case "slice": return mentionsPlaceholder(e.target) || (!!e.lo && mentionsPlaceholder(e.lo)) || (!!e.hi && mentionsPlaceholder(e.hi));
    case "binary": return mentionsPlaceholder(e.left) || mentionsPlaceholder(e.right);
    case "unary": return mentionsPlaceholder(e.operand);
    case "if": return mentionsPlaceholder(e.cond) || [e.then, e.else].some((b) => b?.stmts.some((s) => s.kind === "expr" && mentionsPlaceholder(s.expr)));
    default: return false;
  }
}

/** The text of a string literal, its escapes resolved; any other backslash stays. */
export function unescape(lit: string): string {
  const body = lit.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.)/g, (_, c: string) => {
    if (c.startsWith("u{")) {
      const cp = parseInt(c.slice(2, -1), 16);
      return cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : "\ufffd";
    }
    if (c.startsWith("x")) return String.fromCharCode(parseInt(c.slice(1), 16));
    // an escape the language does not know keeps its backslash, as in Python: "\d+" is a regex
    return ({ n: "\n", t: "\t", r: "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'" } as Record<string, string>)[c] ?? `\\${c}`;
  });
}

/** Does a script (the statements outside any function) read `args`, its command-line arguments,
 *  without setting a variable of that name? */
export function usesArgs(stmts: Stmt[]): boolean {
  let read = false;
  for (const s of stmts) {
    for (const n of nodes(s)) {
      if ("stmts" in n) continue;
      if (n.kind === "name" && n.name === "args") read = true;
      if ((n.kind === "assign" && namesSet(n).some((t) => t.name === "args")) || (n.kind === "for" && n.vars.some((v) => v.name === "args"))) return false;
    }
  }
  return read;
}
