// W0009: a spelled-out form that one block (or a shorter form of one) says exactly:
// `s[::-1]` is `s.reverse`, `xs.join("")` is `xs.join`, `n % 2 == 0` is `n.even` (and `!= 0`,
// `== 1` are `n.odd`). Each rewrite means the same by the blocks' definitions (floor modulo makes
// `-3 % 2` 1, as odd(-3) is true); the program is then checked again with the rewrites, which must
// give every function the same signature and the same diagnostics (`even` takes only ints, so a
// float `x % 2 == 0` stays).
import type { Expr, FnDecl } from "../syntax/ast.js";
import { CODES, Diagnostic } from "../diagnostics.js";
import type { Checked } from "../check/checked.js";
import { isExpr, nodes } from "../syntax/walk.js";
import { text } from "./walk.js";
import { Edit, MAX_SOURCE, Recheck, keptEdits } from "./recheck.js";

interface Rewrite extends Edit { was: string }

export function blockIdioms(source: string, fns: FnDecl[], checked: Checked, recheck: Recheck): Diagnostic[] {
  if (source.length > MAX_SOURCE) return [];
  const all: Rewrite[] = [];
  // depth first, outer before inner: an idiom inside another waits for the next round of `ideo fix`
  for (const f of fns) for (const n of nodes(f.body)) {
    const r = isExpr(n) ? idiom(source, n) : undefined;
    if (r && !all.some((o) => r.span.start < o.span.end && o.span.start < r.span.end)) all.push(r);
  }
  if (!all.length) return [];
  return keptEdits(source, checked, recheck, all).map((r) => ({
    code: CODES.idiom, severity: "warning" as const, span: r.span,
    message: `\`${r.was}\` is \`${r.replacement}\``,
    fix: { span: r.span, replacement: r.replacement, description: `write \`${r.replacement}\`` },
  }));
}

function idiom(source: string, e: Expr): Rewrite | undefined {
  const was = text(source, e.span);
  // `x[::-1]`: the parser already reads it as x.reverse; only the spelling changes
  if (e.kind === "call" && e.callee === "reverse" && e.method && was.endsWith("[::-1]")) {
    return { span: e.span, was, replacement: `${was.slice(0, -"[::-1]".length)}.reverse` };
  }
  if (e.kind === "call" && e.callee === "join" && e.args.length === 2 && e.args[1].kind === "str" && e.args[1].value === "" && /\(\s*""\s*\)$/.test(was) && e.method) {
    return { span: e.span, was, replacement: was.replace(/\(\s*""\s*\)$/, "") };
  }
  if (e.kind === "binary" && (e.op === "==" || e.op === "!=") && e.left.kind === "binary" && e.left.op === "%" && isInt(e.left.right, 2n) && (isInt(e.right, 0n) || isInt(e.right, 1n))) {
    const even = (e.op === "==") === isInt(e.right, 0n);
    const n = e.left.left;
    const operand = text(source, n.span);
    // a name, `_`, a literal, or a call, field or index written as one postfix chain takes `.even` as is
    const simple = ["name", "placeholder", "int"].includes(n.kind) || (["call", "field", "index"].includes(n.kind) && /^[\w.]*[\w)\]]$/s.test(operand) && !operand.includes(".."));
    return { span: e.span, was, replacement: `${simple || grouped(operand) ? operand : `(${operand})`}.${even ? "even" : "odd"}` };
  }
  return undefined;
}

/** `(a + b)`: one parenthesized group, whose first `(` closes at the end. */
function grouped(t: string): boolean {
  if (!t.startsWith("(")) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    depth += t[i] === "(" ? 1 : t[i] === ")" ? -1 : 0;
    if (depth === 0) return i === t.length - 1;
  }
  return false;
}

const isInt = (e: Expr, v: bigint) => e.kind === "int" && e.value === v;
