// Type annotations (`xs: [int]`, `m: {str: int}`) turned into type terms.
import type { TypeExpr } from "../syntax/ast.js";
import { CODES, Diagnostic, Span, closest, error } from "../diagnostics.js";
import { ANY_T, BOOL_T, BYTE_T, FLOAT_T, INT_T, KEY, STR_T, Ty, fresh, prune, showTy } from "./unify.js";

/** The program's record types by name (check/records.ts), as annotations meet them. */
export interface RecordTypes { names(): Iterable<string>; type(name: string, span: Span): Ty | undefined }

export function typeFromExpr(t: TypeExpr, report: (d: Diagnostic) => void, records?: RecordTypes): Ty {
  const inner = (x: TypeExpr) => typeFromExpr(x, report, records);
  switch (t.kind) {
    case "array": return { tag: "array", elem: inner(t.elem) };
    case "tuple": return { tag: "tuple", items: t.items.map(inner) };
    case "opt": return { tag: "opt", elem: inner(t.elem) };
    case "map": {
      const key = inner(t.key);
      if (!KEY.has(prune(key).tag as never)) report(error(CODES.typeMismatch, `map keys are int or str, not ${showTy(key)}`, t.key.span));
      return { tag: "map", key, value: inner(t.value) };
    }
    case "named": {
      const known: Record<string, Ty> = { int: INT_T, float: FLOAT_T, bool: BOOL_T, byte: BYTE_T, str: STR_T, any: ANY_T };
      const k = known[t.name];
      if (k) return k;
      const record = records?.type(t.name, t.span);
      if (record) return record;
      if (/^[A-Z]/.test(t.name)) {
        const near = closest(t.name, records?.names() ?? []);
        report(error(CODES.unknownRecord, `unknown record type '${t.name}'`, t.span, { suggestions: near.length ? near.map((n) => `did you mean '${n}'?`) : [`declare it at the top level: \`type ${t.name} = (x: float, y: float)\``] }));
        return fresh();
      }
      const near = closest(t.name, Object.keys(known));
      report(error(CODES.unknownName, `unknown type '${t.name}'`, t.span, { suggestions: near.length ? near.map((n) => `did you mean '${n}'?`) : ["types are int, float, bool, byte, str, [T], (A, B), {K: V}, T? (T or null) and any (a JSON-like value)"] }));
      return fresh();
    }
  }
}
