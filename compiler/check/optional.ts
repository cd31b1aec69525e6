// Optional values (`T?`): which functions give one, and lifting a plain value where one is wanted.
// A function that can give `null` gives `T?` from the start, so the order of its returns does not
// matter; a plain value that meets a `T?` (a branch, a return, a literal's element, an assignment)
// is boxed when lowered (`wraps`).
import type { Block, Expr } from "../syntax/ast.js";
import { ALL, Kind, Ty, fresh, prune, unify } from "./unify.js";

const PLAIN: ReadonlySet<Kind> = new Set([...ALL].filter((k) => k !== "opt"));

/** Unify `found` with `want`, lifting a plain value into an optional where one is wanted. */
export function lift(want: Ty, found: Ty, e: Expr | undefined, wraps: Set<Expr>, expect: (a: Ty, b: Ty) => boolean): boolean {
  const w = prune(want), f = prune(found);
  if (e && w.tag === "opt" && f.tag !== "opt") {
    // a value not known yet is taken as plain, and kept plain: boxing it twice would be wrong
    if (f.tag === "var") unify(found, fresh(PLAIN));
    wraps.add(e);
    return expect(w.elem, found);
  }
  return expect(want, found);
}

/** The expression a block ends with, if it ends with one. */
export function lastExpr(b: Block): Expr | undefined {
  const s = b.stmts[b.stmts.length - 1];
  return s?.kind === "expr" ? s.expr : undefined;
}

/** Can this function give null: `return null`, or a final value that is null (or an if with a null branch)? */
export function returnsNull(body: Block): boolean {
  const nullish = (e: Expr | undefined): boolean => !!e && (e.kind === "null" || (e.kind === "if" && [e.then, e.else].some((b) => b && nullish(lastExpr(b)))));
  const inBlock = (b: Block | undefined): boolean => !!b && b.stmts.some((s) =>
    (s.kind === "return" && nullish(s.value)) || ((s.kind === "while" || s.kind === "for") && inBlock(s.body)) ||
    (s.kind === "expr" && s.expr.kind === "if" && (inBlock(s.expr.then) || inBlock(s.expr.else))));
  return nullish(lastExpr(body)) || inBlock(body);
}
