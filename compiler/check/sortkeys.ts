// Sorting by several keys. Python sorts tuples field by field, and `sorted(xs, key=lambda p: (p[1], p[0]))`
// sorts by p[1], then by p[0]. Ideo's sort templates compare single values, so such a sort becomes
// stable sorts by each key, last key first: `xs.sortby(p => (a, b))` is `xs.sortby(p => b).sortby(p => a)`,
// and `pairs.sort` is `pairs.sortby(_.1).sortby(_.0)`.
import type { Expr } from "../syntax/ast.js";
import { Ty, prune } from "./unify.js";

type Call = Extract<Expr, { kind: "call" }>;
type Lambda = Extract<Expr, { kind: "lambda" }>;

/** Rewrite `e` (a call of the block `block`) in place when it sorts by a tuple; `typeOf` checks an
 *  expression once (the rewrite reuses it). Returns whether it rewrote. */
export function splitSortKeys(e: Call, block: string, typeOf: (x: Expr) => Ty): boolean {
  let keys: Lambda[];
  if (block === "sortby" && e.args.length === 2 && e.args[1].kind === "lambda" && e.args[1].body.kind === "tuple") {
    const f = e.args[1];
    keys = (f.body as Extract<Expr, { kind: "tuple" }>).items.map((body) => ({ ...f, body }));
  } else if (block === "sort" && e.args.length === 1) {
    const t = prune(typeOf(e.args[0]));
    const elem = t.tag === "array" ? prune(t.elem) : undefined;
    if (elem?.tag !== "tuple" || elem.record) return false; // records have no order: sortby(_.x)
    const span = e.span;
    keys = elem.items.map((_, k) => ({ kind: "lambda", params: [{ name: "$t", span }], body: { kind: "field", target: { kind: "name", name: "$t", span }, index: k, span }, span }));
  } else return false;
  let xs = e.args[0];
  for (let k = keys.length - 1; k >= 1; k--) xs = { kind: "call", callee: "sortby", calleeSpan: e.calleeSpan, args: [xs, keys[k]], method: true, span: e.span };
  e.callee = "sortby";
  e.args = [xs, keys[0]];
  return true;
}
