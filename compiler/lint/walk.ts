// What the lints ask of a syntax tree, on top of syntax/walk.ts: expressions inside expressions,
// statements inside bodies, how often a name is read, a node's source text.
import type { Block, Expr, Stmt } from "../syntax/ast.js";
import type { Span } from "../diagnostics.js";
import { isExpr, nodes } from "../syntax/walk.js";

/** Every expression inside `e` (through the blocks of an if too), itself included, depth first. */
export function* descendants(e: Expr): Generator<Expr> {
  for (const n of nodes(e)) if (isExpr(n)) yield n;
}

/** Does a statement anywhere inside (loops, branches) have one of these kinds? */
export function containsStmt(x: Block | Stmt, kinds: Stmt["kind"][]): boolean {
  for (const n of nodes(x)) if (!("stmts" in n) && !isExpr(n) && kinds.includes(n.kind)) return true;
  return false;
}

export const text = (source: string, span: Span) => source.slice(span.start, span.end);

/** How often an expression reads a variable; Infinity when a lambda inside shadows it. */
export function mentions(e: Expr, name: string): number {
  let n = 0;
  for (const d of descendants(e)) {
    if (d.kind === "name" && d.name === name) n++;
    if (d.kind === "lambda" && d.params.some((p) => p.name === name)) return Infinity;
  }
  return n;
}
