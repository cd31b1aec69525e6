// Where a `_` lambda begins. The parser makes the innermost call argument that mentions `_` a
// lambda; that is right for `xs.map(_ * 2)` but not for `ps.count(dist(_, c) <= r)`, where `dist`
// takes no function. So, bottom-up over every call: a `_` lambda in a position that takes no function
// (in any overload of the block) is opened up again, and an argument in a position that takes a
// function and mentions a free `_` becomes the lambda. Then `_` belongs to the nearest enclosing
// argument that expects a function, or, at the top level, to the definition `name = …` it stands in.
import type { Block, Expr, FnDecl, Program, Stmt } from "../syntax/ast.js";
import { mentionsPlaceholder, placeholderLambdaOf } from "../syntax/desugar.js";
import { namesSet } from "../syntax/walk.js";
import type { Registry } from "../blocks/registry.js";

/** `userFns`: the program's function names, which take no `_` lambda whatever block they are named
 *  like (all files' names, for a file of a program of several). */
export function placePlaceholders(program: Program, registry: Registry, userFns = new Set(program.fns.map((f) => f.name))): void {
  const takesFn = (callee: string, i: number): boolean => {
    if (userFns.has(callee)) return false;
    const b = registry.get(callee);
    return !!b && b.sigs.some((s) => s.params[i]?.type.kind === "fn");
  };

  const expr = (e: Expr): Expr => {
    if (!e) return e;
    switch (e.kind) {
      case "call": {
        e.args = e.args.map((a, i) => {
          const arg = expr(a);
          const fnHere = takesFn(e.callee, i);
          if (arg?.kind === "lambda" && arg.placeholder && !fnHere && !(i === 0 && e.method)) return arg.body;
          if (fnHere && arg && arg.kind !== "lambda" && mentionsPlaceholder(arg)) {
            return placeholderLambdaOf(arg);
          }
          return arg;
        });
        return e;
      }
      case "array": case "tuple": e.items = e.items.map(expr); return e;
      case "map": e.entries = e.entries.map((en) => ({ key: expr(en.key), value: expr(en.value) })); return e;
      case "field": e.target = expr(e.target); return e;
      case "index": e.target = expr(e.target); e.index = expr(e.index); return e;
      case "slice": e.target = expr(e.target); if (e.lo) e.lo = expr(e.lo); if (e.hi) e.hi = expr(e.hi); return e;
      case "binary": e.left = expr(e.left); e.right = expr(e.right); return e;
      case "unary": e.operand = expr(e.operand); return e;
      case "lambda": e.body = expr(e.body); return e;
      case "if": e.cond = expr(e.cond); block(e.then); if (e.else) block(e.else); return e;
      default: return e;
    }
  };
  const stmt = (s: Stmt): void => {
    if (!s) return;
    switch (s.kind) {
      case "assign": s.target = expr(s.target); s.value = expr(s.value); return;
      case "while": s.cond = expr(s.cond); block(s.body); return;
      case "for": s.iter = expr(s.iter); block(s.body); return;
      case "return": if (s.value) s.value = expr(s.value); return;
      case "expr": s.expr = expr(s.expr); return;
      default: return;
    }
  };
  const block = (b: Block): void => { b?.stmts.forEach(stmt); };
  for (const f of program.fns) block(f.body);
  hoistDefinitions(program);
}

/** At the top level, `name = expr` whose expr keeps a free `_` (or `_1`, `_2`, …) defines a function of
 *  it, just as such an argument is a lambda: `double = _ * 2`, `total = _.map(_.price).sum`. */
function hoistDefinitions(program: Program): void {
  const script = program.fns.find((f) => f.script);
  if (!script) return;
  const hoisted: FnDecl[] = [];
  // a name the statements set more than once is a variable (`xs = xs.map(…)`), not a definition
  const sets = new Map<string, number>();
  for (const s of script.body.stmts) if (s.kind === "assign") for (const t of namesSet(s)) sets.set(t.name, (sets.get(t.name) ?? 0) + 1);
  script.body.stmts = script.body.stmts.filter((s) => {
    if (s.kind !== "assign" || s.op !== "=" || s.target.kind !== "name" || sets.get(s.target.name) !== 1) return true;
    const used = new Set<number>();
    freePlaceholders(s.value, used);
    if (!used.size) return true;
    const n = Math.max(...used);
    const names = n === 0 ? ["_"] : Array.from({ length: n }, (_, i) => `_${i + 1}`);
    const body: Block = { stmts: [{ kind: "expr", expr: s.value, span: s.value.span }], span: s.value.span };
    hoisted.push({ name: s.target.name, nameSpan: s.target.span, params: names.map((name) => ({ name, span: s.value.span })), body, span: s.span });
    return false;
  });
  program.fns.splice(program.fns.indexOf(script), script.body.stmts.length ? 0 : 1, ...hoisted);
}

/** The placeholders no lambda argument claims (0 for `_`), explicit lambdas' bodies included: in
 *  `f = _.count(x => x > _)` both `_` are the definition's. */
function freePlaceholders(e: unknown, found: Set<number>): void {
  if (!e || typeof e !== "object") return;
  if (Array.isArray(e)) { e.forEach((x) => freePlaceholders(x, found)); return; }
  const node = e as { kind?: string; n?: number; placeholder?: boolean };
  if (node.kind === "placeholder") { found.add(node.n ?? 0); return; }
  if (node.kind === "lambda" && node.placeholder) return;
  for (const [k, v] of Object.entries(node)) if (k !== "span" && k !== "opSpan" && k !== "calleeSpan") freePlaceholders(v, found);
}
