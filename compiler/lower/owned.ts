// Strings a variable grows in place. `v += t` copies v's bytes every time, so a loop that builds a
// string that way takes time quadratic in its length, unless the loop only grows v (accumulators.ts
// builds it in a buffer then). Where the loop also reads v or sets it anew (`if word != ""`,
// `counts[word]`, `word = ""`), v may instead own a buffer with room to grow: the runtime appends t
// in place when v still holds the buffer it owns and t fits (rt_str_append), else copies v into a new
// buffer, twice as large, that v then owns. A local beside v holds the buffer v owns, or 0.
//
// Strings stay values: v gives its buffer up (the local is set to 0) wherever its value may be kept
// anywhere else, that is at every read but the few that only look at its bytes (a comparison, a map
// lookup, its length, print), and at every other assignment to v. So no one but v ever holds a
// string that grows. A variable qualifies only when plain assignments are all that set it: not a
// loop variable, not a target of `a, b = …`, not named in a lambda (a capture reads the local
// directly, and the lambda's copy is a local of its own).
import type { Block, Expr } from "../syntax/ast.js";
import type { Checked } from "../check/check.js";
import { toType } from "../check/unify.js";
import { Node, children, targetsOf } from "../syntax/walk.js";
import { growth } from "./accumulators.js";

export interface Owned {
  /** The variables that may own a buffer. */
  names: Set<string>;
  /** The reads of them that only look at the string's bytes, and so keep the buffer owned. */
  looks: Set<Expr>;
}

const COMPARISONS = new Set(["==", "!=", "<", "<=", ">", ">="]);

export function ownedStrings(body: Block | Expr, checked: Checked): Owned {
  const kind = (e: Expr) => {
    const t = checked.types.get(e);
    return t ? toType(t).kind : undefined;
  };
  const grown = new Set<string>(), excluded = new Set<string>(), targets = new Set<Expr>();
  const scan = (n: Node, inLoop: boolean, inLambda: boolean): void => {
    if ("kind" in n) {
      if (n.kind === "lambda") n.params.forEach((p) => excluded.add(p.name));
      if (n.kind === "name" && inLambda) excluded.add(n.name);
      if (n.kind === "for") n.vars.forEach((v) => excluded.add(v.name));
      if (n.kind === "assign") {
        targetsOf(n).forEach((t) => targets.add(t));
        if (n.target.kind === "tuple") n.target.items.forEach((t) => t.kind === "name" && excluded.add(t.name));
        const g = growth(n);
        if (g?.kind === "concat" && inLoop && n.target.kind === "name" && kind(n.target) === "str" && kind(g.part) === "str" && !checked.wraps.has(g.part)) grown.add(n.target.name);
      }
    }
    const loop = "kind" in n && (n.kind === "while" || n.kind === "for");
    const lambda = "kind" in n && n.kind === "lambda";
    for (const c of children(n)) scan(c, inLoop || loop, inLambda || lambda);
  };
  scan(body, false, false);
  const names = new Set([...grown].filter((v) => !excluded.has(v)));
  const looks = new Set<Expr>();
  const look = (e: Expr | undefined) => {
    if (e?.kind === "name" && names.has(e.name) && !checked.wraps.has(e) && kind(e) === "str") looks.add(e);
  };
  const visit = (n: Node): void => {
    if ("kind" in n) {
      if (n.kind === "binary" && COMPARISONS.has(n.op)) { look(n.left); look(n.right); }
      if (n.kind === "binary" && (n.op === "in" || n.op === "not in") && kind(n.right) === "map") look(n.left);
      // a map's key is kept only by a write: `m[k] = v` and `m[k] += v` add k when it is missing
      if (n.kind === "index" && kind(n.target) === "map" && !targets.has(n)) look(n.index);
      if (n.kind === "call") {
        const target = checked.calls.get(n);
        if (target?.kind === "print") n.args.forEach(look);
        if (target?.kind === "block" && target.block.name === "get" && n.args.length >= 2 && kind(n.args[0]) === "map") look(n.args[1]);
        if (target?.kind === "block" && target.block.name === "len" && n.args.length === 1) look(n.args[0]);
      }
    }
    children(n).forEach(visit);
  };
  if (names.size) visit(body);
  return { names, looks };
}
