// Accumulators: a string or array variable that a loop only ever grows — `s += e`, `s = s + e`,
// `xs = xs.append(x)` — and reads nowhere else in the loop. Each such statement would copy the
// whole value (quadratic time, and quadratic memory in a loop that keeps its memory); instead the
// loop appends to a builder, and the variable gets its value once the loop is left.
import type { Block, Expr, Stmt } from "../syntax/ast.js";
import type { Checked } from "../check/check.js";
import { toType } from "../check/unify.js";
import type { Type } from "../types.js";

export type Growth = { kind: "concat"; part: Expr } | { kind: "push"; item: Expr };

/** How an assignment grows its target, if it is one of the accumulator forms. */
export function growth(s: Stmt): Growth | undefined {
  if (s.kind !== "assign" || s.target.kind !== "name") return undefined;
  const v = s.target.name;
  const isV = (e: Expr) => e.kind === "name" && e.name === v;
  if (s.op === "+=") return { kind: "concat", part: s.value };
  if (s.op !== "=") return undefined;
  const e = s.value;
  if (e.kind === "binary" && e.op === "+" && isV(e.left)) return { kind: "concat", part: e.right };
  if (e.kind === "call" && e.callee === "append" && e.method && e.args.length === 2 && isV(e.args[0])) return { kind: "push", item: e.args[1] };
  return undefined;
}

/** The variables `loop` only grows (each with its type), in the order first grown. */
export function accumulatorsOf(loop: Stmt, checked: Checked): { name: string; type: Type }[] {
  const grown = new Map<string, Type>();
  const otherUse = new Set<string>();
  const visit = (n: unknown, allowed?: Expr): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) { n.forEach((x) => visit(x, allowed)); return; }
    const node = n as Expr | Stmt | Block;
    if ("kind" in node && node.kind === "assign") {
      const g = growth(node);
      const name = node.target.kind === "name" ? node.target.name : undefined;
      if (g && name) {
        const t = checked.types.get(node.target);
        const type = t && toType(t);
        const fits = type && (type.kind === "array" || (type.kind === "str" && g.kind === "concat"));
        if (!fits) otherUse.add(name);
        else if (!grown.has(name)) grown.set(name, type);
        visit(g.kind === "concat" ? g.part : g.item);
        return;
      }
    }
    if ("kind" in node && node.kind === "name" && node !== allowed) otherUse.add(node.name);
    if ("kind" in node && node.kind === "assign" && node.target.kind === "name") otherUse.add(node.target.name);
    for (const [k, v] of Object.entries(node)) if (k !== "span" && typeof v === "object") visit(v);
  };
  visit(loop);
  return [...grown].filter(([name]) => !otherUse.has(name)).map(([name, type]) => ({ name, type }));
}
