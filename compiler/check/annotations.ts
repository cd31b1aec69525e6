// Type annotations (`xs: [int]`, `m: {str: int}`) turned into type terms.
import type { TypeExpr } from "../syntax/ast.js";
import { CODES, Diagnostic, closest, error } from "../diagnostics.js";
import { ANY_T, BOOL_T, BYTE_T, FLOAT_T, INT_T, KEY, STR_T, Ty, fresh, prune, showTy } from "./unify.js";

export function typeFromExpr(t: TypeExpr, report: (d: Diagnostic) => void): Ty {
  switch (t.kind) {
    case "array": return { tag: "array", elem: typeFromExpr(t.elem, report) };
    case "tuple": return { tag: "tuple", items: t.items.map((i) => typeFromExpr(i, report)) };
    case "opt": return { tag: "opt", elem: typeFromExpr(t.elem, report) };
    case "map": {
      const key = typeFromExpr(t.key, report);
      if (!KEY.has(prune(key).tag as never)) report(error(CODES.typeMismatch, `map keys are int or str, not ${showTy(key)}`, t.key.span));
      return { tag: "map", key, value: typeFromExpr(t.value, report) };
    }
    case "named": {
      const known: Record<string, Ty> = { int: INT_T, float: FLOAT_T, bool: BOOL_T, byte: BYTE_T, str: STR_T, any: ANY_T };
      const k = known[t.name];
      if (k) return k;
      const near = closest(t.name, Object.keys(known));
      report(error(CODES.unknownName, `unknown type '${t.name}'`, t.span, { suggestions: near.length ? near.map((n) => `did you mean '${n}'?`) : ["types are int, float, bool, byte, str, [T], (A, B), {K: V}, T? (T or null) and any (a JSON-like value)"] }));
      return fresh();
    }
  }
}
