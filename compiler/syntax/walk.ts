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

const STMT_KINDS = new Set(["assign", "while", "for", "return", "break", "continue", "expr"]);
export const isExpr = (n: Node): n is Expr => !("stmts" in n) && !STMT_KINDS.has(n.kind);
