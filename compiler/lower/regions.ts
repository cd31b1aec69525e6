// Memory regions. Allocation is a bump pointer; memory comes back by resetting it. A loop takes a
// mark before its first turn and resets to it at the top of every turn and so frees everything a
// turn allocated — unless a value made in a turn can outlive it. That is decided here,
// conservatively, from the syntax and the types:
//  - a heap-typed variable assigned in the loop and also used outside it (or read in the loop
//    where a turn may not have assigned it yet, so it can see the previous turn's value);
//  - an element assignment `xs[i] = v` of a heap value, or a record's field `r.f = v`;
//  - a call to a user function that (transitively) makes such an element assignment.
// Such loops keep their memory (it is freed by an enclosing loop, or by the host after a call).
import type { Block, Expr, Stmt } from "../syntax/ast.js";
import type { Checked } from "../check/check.js";
import { toType } from "../check/unify.js";
import { isHeap } from "../types.js";
import { Node, children, namesSet, nodes, targetsOf, valueOf } from "../syntax/walk.js";

function walk(n: Node, visit: (n: Node) => void): void {
  for (const x of nodes(n)) visit(x);
}

/** `m[k] = v` may grow the map: the turn's allocations then belong to a value that outlives it. */
const isMap = (checked: Checked, e: Expr) => {
  const t = checked.types.get(e);
  return !!t && toType(t).kind === "map";
};

const heapType = (checked: Checked, e: Expr) => {
  const t = checked.types.get(e);
  return !!t && isHeap(toType(t));
};

type Assign = Extract<Stmt, { kind: "assign" }>;

/** A target of an assignment that gets a heap value: the value's type, or the target's when a plain
 *  value is boxed into an optional on the way (`best = x` where best is `int?`). A field of a tuple
 *  taken apart (no value of its own) has the target's type. */
const storesHeap = (checked: Checked, target: Expr, value: Expr | undefined) =>
  heapType(checked, target) || (!!value && (heapType(checked, value) || checked.wraps.has(value)));

/** The element writes `xs[i] = v` of an assignment that keep what a turn made: a heap value, or
 *  any entry of a map (which may grow). */
const keepsElement = (checked: Checked, n: Assign) =>
  targetsOf(n).some((t, k) => (t.kind === "index" && (storesHeap(checked, t, valueOf(n, k)) || isMap(checked, t.target))) || (t.kind === "field" && storesHeap(checked, t, valueOf(n, k))));

export function loopKeepsMemory(loop: Stmt, fnBody: Block | Expr, checked: Checked): boolean {
  const assigned = new Set<string>(); // heap-typed names the loop assigns
  let keep = false;
  walk(loop, (n) => {
    if ("kind" in n && n.kind === "assign") {
      targetsOf(n).forEach((t, k) => {
        if (t.kind === "name" && storesHeap(checked, t, valueOf(n, k))) assigned.add(t.name);
      });
      if (keepsElement(checked, n)) keep = true;
    }
    if ("kind" in n && n.kind === "call" && mutatesHeap(checked, n.callee, new Set())) {
      if (checked.calls.get(n)?.kind === "fn") keep = true;
    }
  });
  if (keep) return true;
  if (!assigned.size) return false;
  if (readsPreviousTurn(loop as Loop, assigned)) return true;
  const inside = (off: number) => off >= loop.span.start && off < loop.span.end;
  let escapes = false;
  walk(fnBody, (n) => {
    if (escapes || !("kind" in n)) return;
    if (n.kind === "name" && assigned.has(n.name) && !inside(n.span.start)) escapes = true;
    if (n.kind === "assign" && namesSet(n).some((t) => assigned.has(t.name)) && !inside(n.span.start)) escapes = true;
  });
  return escapes;
}

type Loop = Extract<Stmt, { kind: "while" | "for" }>;

/** Can a turn read one of these variables before it assigns it, and so see the value the previous
 *  turn made? A plain assignment covers the reads after it in its block and in the blocks inside
 *  that block (the code is structured: `break` and `continue` only skip reads); one inside an `if`
 *  covers nothing after the `if`. `s += t` reads s. The loop's condition reads at every turn. */
function readsPreviousTurn(loop: Loop, assigned: Set<string>): boolean {
  const scopes: Set<string>[] = [];
  const visit = (n: Node): boolean => {
    if ("stmts" in n) {
      const scope = new Set<string>();
      scopes.push(scope);
      const seen = n.stmts.some((st) => {
        if (visit(st)) return true;
        if (st.kind === "assign" && st.op === "=") namesSet(st).forEach((t) => scope.add(t.name));
        return false;
      });
      scopes.pop();
      return seen;
    }
    if (n.kind === "assign") {
      const reads = n.op === "=" ? [n.value, ...targetsOf(n).filter((t) => t.kind !== "name")] : [n.target, n.value];
      return reads.some(visit);
    }
    if (n.kind === "name" && assigned.has(n.name) && !scopes.some((sc) => sc.has(n.name))) return true;
    return children(n).some(visit);
  };
  return visit(loop.kind === "while" ? loop.cond : loop.iter) || visit(loop.body);
}

const memo = new WeakMap<Checked, Map<string, boolean>>();

function mutatesHeap(checked: Checked, fn: string, seen: Set<string>): boolean {
  const info = checked.fns.get(fn);
  if (!info || seen.has(fn)) return false;
  let cache = memo.get(checked);
  if (!cache) memo.set(checked, (cache = new Map()));
  if (cache.has(fn)) return cache.get(fn)!;
  seen.add(fn);
  let result = false;
  walk(info.decl.body, (n) => {
    if (result || !("kind" in n)) return;
    if (n.kind === "assign" && keepsElement(checked, n)) result = true;
    if (n.kind === "call" && checked.calls.get(n)?.kind === "fn" && mutatesHeap(checked, n.callee, seen)) result = true;
  });
  cache.set(fn, result);
  return result;
}
