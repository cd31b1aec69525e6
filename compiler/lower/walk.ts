// Walking a function body for the analyses that decide how a loop is lowered (bounds.ts): a walk
// that can skip what is below a node, and the names a piece of code assigns.
import { Node, children, namesSet } from "../syntax/walk.js";

/** Visits n and everything below it; `visit` returning false skips a node's children. */
export function walk(n: Node, visit: (n: Node) => boolean | void): void {
  if (visit(n) === false) return;
  for (const c of children(n)) if (c) walk(c, visit);
}

/** The names a statement or block assigns anywhere inside it (`x = …`, `x += …`, loop variables),
 *  lambda bodies included. */
export function assignedNames(n: Node): Set<string> {
  const out = new Set<string>();
  walk(n, (c) => {
    if (!("kind" in c)) return;
    if (c.kind === "assign") for (const t of namesSet(c)) out.add(t.name);
    if (c.kind === "for") for (const v of c.vars) out.add(v.name);
  });
  return out;
}
