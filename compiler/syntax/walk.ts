// Walking the syntax tree: the nodes directly inside a node, for the stages that look through a
// program (lowering's memory regions, the lints).
import type { Block, Expr, Stmt } from "./ast.js";

export type Node = Expr | Stmt | Block;

export function children(n: Node): Node[] {
  if ("stmts" in n) return n.stmts;
  switch (n.kind) {
    case "assign": return [n.target, n.value];
    case "while": return [n.cond, n.body];
    case "for": return [n.iter, n.body];
    case "return": return n.value ? [n.value] : [];
    case "expr": return [n.expr];
    case "array": case "tuple": return n.items;
    case "map": return n.entries.flatMap((en) => [en.key, en.value]);
    case "call": return n.args;
    case "field": return [n.target];
    case "index": return [n.target, n.index];
    case "slice": return [n.target, ...(n.lo ? [n.lo] : []), ...(n.hi ? [n.hi] : [])];
    case "binary": return [n.left, n.right];
    case "unary": return [n.operand];
    case "lambda": return [n.body];
    case "if": return [n.cond, n.then, ...(n.else ? [n.else] : [])];
    default: return [];
  }
}

/** Every node inside `n`, itself included, depth first. */
export function* nodes(n: Node): Generator<Node> {
  yield n;
  for (const c of children(n)) yield* nodes(c);
}

type Assign = Extract<Stmt, { kind: "assign" }>;

/** The places an assignment writes: its target, or each of `a, b = …` (destructuring). */
export const targetsOf = (s: Assign): Expr[] => (s.target.kind === "tuple" ? s.target.items : [s.target]);

/** The names an assignment sets, with their nodes. */
export const namesSet = (s: Assign): Extract<Expr, { kind: "name" }>[] => targetsOf(s).filter((t): t is Extract<Expr, { kind: "name" }> => t.kind === "name");

/** The value the k-th target of an assignment gets when the right side spells it out: `b` for `a`
 *  in `a, b = b, a`; undefined when it is a field of a tuple the right side gives whole (`q, r = t`). */
export function valueOf(s: Assign, k: number): Expr | undefined {
  if (s.target.kind !== "tuple") return s.value;
  return s.value.kind === "tuple" && s.value.items.length === s.target.items.length ? s.value.items[k] : undefined;
}

const STMT_KINDS = new Set(["assign", "while", "for", "return", "break", "continue", "expr"]);
export const isExpr = (n: Node): n is Expr => !("stmts" in n) && !STMT_KINDS.has(n.kind);

/** A `while true` with no `break` of its own: only a `return` (or a fault) leaves it. */
export function loopsForever(s: Stmt): boolean {
  return s.kind === "while" && s.cond.kind === "bool" && s.cond.value && !breaksOut(s.body);
}

/** Is there a `break` of this loop in its body (not one of a loop inside it)? */
function breaksOut(n: Node): boolean {
  if ("kind" in n && n.kind === "break") return true;
  if ("kind" in n && (n.kind === "while" || n.kind === "for" || n.kind === "lambda")) return false;
  return children(n).some(breaksOut);
}
