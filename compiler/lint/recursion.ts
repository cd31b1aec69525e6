// W0003: a function that calls itself on every path never returns — the stack overflows at run
// time. The common cause is a function named like a block whose body meant the block: inside it,
// `name(x)` is the function itself and `x.name` the block (docs/language.md, "Names and blocks").
import type { Block, Expr, FnDecl } from "../syntax/ast.js";
import { CODES, Diagnostic } from "../diagnostics.js";
import type { Registry } from "../blocks/registry.js";
import type { Checked } from "../check/checked.js";
import { containsStmt, text } from "./walk.js";
import { children, isExpr } from "../syntax/walk.js";
import { bareTerm } from "./loops.js";

export function selfCalls(source: string, checked: Checked, registry: Registry): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of checked.fns.values()) {
    const call = unconditionalSelfCall(f.decl, checked);
    if (!call) continue;
    const block = registry.get(f.decl.name);
    const asBlock = block && !call.method && call.args.length > 0 && block.sigs.some((s) => s.params.length === call.args.length);
    const method = asBlock ? methodForm(source, call) : undefined;
    out.push({
      code: CODES.selfCall, severity: "warning", span: call.span,
      message: `'${f.decl.name}' calls itself here on every path, so it never returns (the stack overflows)`,
      suggestions: asBlock ? [`inside '${f.decl.name}', the block is the method form: \`${method}\``] : ["return before this call when the work is done (a base case)"],
      fix: method ? { span: call.span, replacement: method, description: `call the block '${f.decl.name}': ${method}` } : undefined,
    });
  }
  return out;
}

/** `f(a, b)` as `a.f(b)`, the receiver in parentheses unless it is a simple term. */
function methodForm(source: string, call: Extract<Expr, { kind: "call" }>): string {
  const [first, ...rest] = call.args;
  const t = text(source, first.span);
  const recv = bareTerm(t) && !/^-/.test(t) ? t : `(${t})`;
  return `${recv}.${call.callee}${rest.length ? `(${rest.map((a) => text(source, a.span)).join(", ")})` : ""}`;
}

/** A call of the function itself that runs whenever the function does: outside every branch, loop
 *  body and lambda, and before any statement that may return. */
function unconditionalSelfCall(f: FnDecl, checked: Checked): Extract<Expr, { kind: "call" }> | undefined {
  const isSelf = (e: Expr): e is Extract<Expr, { kind: "call" }> => {
    const t = checked.calls.get(e);
    return e.kind === "call" && t?.kind === "fn" && t.name === f.name;
  };
  const inExpr = (e: Expr): Extract<Expr, { kind: "call" }> | undefined => {
    if (isSelf(e)) return e;
    switch (e.kind) {
      case "lambda": return undefined; // runs only if something calls it
      case "if": return inExpr(e.cond); // only the condition runs every time
      case "binary":
        // the right side of and/or/?? may not run
        return inExpr(e.left) ?? (e.op === "and" || e.op === "or" || e.op === "??" ? undefined : inExpr(e.right));
      default:
        for (const c of children(e)) { const r = isExpr(c) ? inExpr(c) : undefined; if (r) return r; }
        return undefined;
    }
  };
  const inBlock = (b: Block): Extract<Expr, { kind: "call" }> | undefined => {
    for (const s of b.stmts) {
      let found: Extract<Expr, { kind: "call" }> | undefined;
      switch (s.kind) {
        case "assign": found = inExpr(s.value) ?? inExpr(s.target); break;
        case "while": found = inExpr(s.cond); break;
        case "for": found = inExpr(s.iter); break;
        case "return": found = s.value && inExpr(s.value); break;
        case "expr": found = inExpr(s.expr); break;
        default: break;
      }
      if (found) return found;
      // past a statement that may return or leave, what follows is conditional
      if (containsStmt(s, ["return", "break", "continue"])) return undefined;
    }
    return undefined;
  };
  return inBlock(f.body);
}
