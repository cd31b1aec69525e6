// Shared by the oracles of the blocks on mixed values (not a block: no template). An `any` reaches
// an oracle as the value it holds: null, a boolean, an int as bigint, a float as number, a string,
// a list as an array, a dict as a Map with string keys.
import { Fault, type Value } from "../block.js";
import { showFloat } from "../format/str.js";

export type Kind = "null" | "bool" | "int" | "float" | "str" | "list" | "dict";

/** The kind of value an any holds, as `x.type` names it. */
export function kindOf(v: Value): Kind {
  if (v === null) return "null";
  switch (typeof v) {
    case "boolean": return "bool";
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
  }
  return Array.isArray(v) ? "list" : "dict";
}

/** A value as an any holds it once it has crossed from JS: a number that is an integer within 64
 *  bits is an int (JS cannot tell 2.0 from 2), in lists and dicts too. For generators that feed an
 *  any overload what the plain overloads take. */
export function crossed(v: Value): Value {
  if (typeof v === "number") return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(crossed);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, crossed(x)]));
  return v;
}

/** Is v of one of these kinds (a plain value too: an int is a bigint either way)? */
export const isHeld = (v: Value, kinds: Kind[]): boolean => kinds.includes(kindOf(v));

/** Structural equality of anys, as rt_any_eq: numbers by value (1 == 1.0, NaN unequal), dicts in any order. */
export function anyEq(a: Value, b: Value): boolean {
  const ka = kindOf(a), kb = kindOf(b);
  const num = (k: Kind) => k === "int" || k === "float";
  if (num(ka) && num(kb)) return ka === "int" && kb === "int" ? a === b : Number(a) === Number(b);
  if (ka !== kb) return false;
  if (ka === "list") return (a as Value[]).length === (b as Value[]).length && (a as Value[]).every((x, i) => anyEq(x, (b as Value[])[i]));
  if (ka === "dict") {
    const ma = a as Map<string, Value>, mb = b as Map<string, Value>;
    return ma.size === mb.size && [...ma].every(([k, x]) => mb.has(k) && anyEq(x, mb.get(k)!));
  }
  return a === b;
}

/** Arguments for a block over a list of anys and an any: the list, and often one of its elements. */
export function listAndMember(gen: any): any {
  const fc = gen.fc, any = gen.of({ kind: "any" });
  return gen.array(any, 8).chain((xs: Value[]) => fc.tuple(fc.constant(xs), xs.length ? fc.oneof(any, fc.constantFrom(...xs)) : any));
}

/** The value held, which must be of this kind: a fault (`type`) otherwise, as the templates do. */
export function held<T extends Value>(v: Value, kind: Kind): T {
  if (kindOf(v) !== kind) throw new Fault("type");
  return v as T;
}

/** A string in double quotes, escaped as the runtime's rt_sb_quoted does. */
function quote(s: string): string {
  const esc: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r" };
  return `"${s.replace(/[\u0000-\u001f"\\]/g, (c) => esc[c] ?? `\\u00${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}"`;
}

/** An any as print shows it; `quoted` inside a list or dict. */
export function showAny(v: Value, quoted = false): string {
  switch (kindOf(v)) {
    case "null": return "null";
    case "float": return showFloat(v as number);
    case "str": return quoted ? quote(v as string) : (v as string);
    case "list": return `[${(v as Value[]).map((x) => showAny(x, true)).join(", ")}]`;
    case "dict": return `{${[...(v as Map<string, Value>)].map(([k, x]) => `${quote(k)}: ${showAny(x, true)}`).join(", ")}}`;
    default: return String(v);
  }
}
