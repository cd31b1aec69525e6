// Ideo's types and how each is laid out in WebAssembly. Shared by the checker, the lowering,
// the block registry and the JS host, so it depends on nothing else in the compiler.

export type Type =
  | { kind: "int" }
  | { kind: "float" }
  | { kind: "bool" }
  /** 0..255: an i32 in wasm, one byte as an array element; an int wherever an expression uses it. */
  | { kind: "byte" }
  | { kind: "str" }
  | { kind: "unit" }
  | { kind: "array"; elem: Type }
  /** A tuple; with `record`, a record type (`type Body = (x: float, …)`): nominal, its fields named,
   *  laid out as a tuple is (one 8-byte slot a field) but mutable and shared like an array. */
  | { kind: "tuple"; items: Type[]; record?: RecordName }
  | { kind: "fn"; params: Type[]; result: Type }
  /** Keys are int or str; entries keep insertion order (see runtime/maps.wat). */
  | { kind: "map"; key: Type; value: Type }
  /** `T?`: a value or `none`; a pointer to an 8-byte box holding the value, 0 for none. */
  | { kind: "opt"; elem: Type }
  /** A JSON-like value whose kind is known at run time: a pointer to a tagged cell, 0 for null. */
  | { kind: "any" };

/** What makes a tuple a record: the declared name and the field names in slot order. */
export interface RecordName { name: string; fields: string[] }

export const INT: Type = { kind: "int" };
export const FLOAT: Type = { kind: "float" };
export const BOOL: Type = { kind: "bool" };
export const BYTE: Type = { kind: "byte" };
export const STR: Type = { kind: "str" };
export const UNIT: Type = { kind: "unit" };
export const ANY: Type = { kind: "any" };
export const arrayOf = (elem: Type): Type => ({ kind: "array", elem });
export const tupleOf = (items: Type[]): Type => ({ kind: "tuple", items });

/** The WebAssembly value type a value of this type travels as. */
export type Wasm = "i64" | "f64" | "i32" | "none";

export function wasmOf(t: Type): Wasm {
  switch (t.kind) {
    case "int": return "i64";
    case "float": return "f64";
    case "unit": return "none";
    default: return "i32"; // bool, and pointers to strings, arrays, tuples and closures
  }
}

/** A bool or a byte: one byte as an array element ([bool] and [byte] are packed), and in memory
 *  its lowest byte wherever it is, whoever wrote the others: it is read with an 8-bit load. */
export const isNarrow = (t: Type): boolean => t.kind === "bool" || t.kind === "byte";

/** Bytes a value occupies as an array element: a bool or a byte one, other i32 values four. A tuple
 *  field, a map value, a box and a capture take an 8-byte slot whatever the type. */
export function sizeOf(t: Type): 1 | 4 | 8 {
  return isNarrow(t) ? 1 : wasmOf(t) === "i32" ? 4 : 8;
}

/** Values that live in linear memory (and so take part in region copy-out). */
export function isHeap(t: Type): boolean {
  return t.kind === "str" || t.kind === "array" || t.kind === "tuple" || t.kind === "fn" || t.kind === "map" || t.kind === "opt" || t.kind === "any";
}

export function show(t: Type): string {
  switch (t.kind) {
    case "array": return `[${show(t.elem)}]`;
    // a record is spelled out whole, so that the signatures the host reads (parseType) carry its fields
    case "tuple": return t.record ? `${t.record.name}(${t.items.map((it, k) => `${t.record!.fields[k]}: ${show(it)}`).join(", ")})` : `(${t.items.map(show).join(", ")})`;
    case "fn": return `(${t.params.map(show).join(", ")}) -> ${show(t.result)}`;
    case "map": return `{${show(t.key)}: ${show(t.value)}}`;
    case "opt": return `${t.elem.kind === "fn" ? `(${show(t.elem)})` : show(t.elem)}?`;
    default: return t.kind;
  }
}

/** A short, identifier-safe key used in template and helper names: int, str, arr_int, tup_int_str. */
export function key(t: Type): string {
  switch (t.kind) {
    case "array": return `arr_${key(t.elem)}`;
    case "tuple": return t.record ? `rec_${t.record.name}` : `tup_${t.items.map(key).join("_")}`;
    case "fn": return `fn_${t.params.map(key).join("_")}__${key(t.result)}`;
    case "map": return `map_${key(t.key)}_${key(t.value)}`;
    case "opt": return `opt_${key(t.elem)}`;
    default: return t.kind;
  }
}

export function sameType(a: Type, b: Type): boolean {
  return show(a) === show(b);
}

/** Parse the surface spelling of a type: int, float, bool, str, any, [T], (A, B), {K: V}, a function
 *  type as `show` writes it, (A, B) -> C, and a record as it writes one, Body(x: float, m: float). */
export function parseType(text: string): Type | undefined {
  const s = text.trim();
  const arrow = topLevel(s, " -> ");
  if (arrow >= 0 && s.startsWith("(")) {
    const params = splitTop(s.slice(1, s.lastIndexOf(")", arrow))).map(parseType), result = parseType(s.slice(arrow + 4));
    return params.every(Boolean) && result ? { kind: "fn", params: params as Type[], result } : undefined;
  }
  if (s === "int" || s === "float" || s === "bool" || s === "byte" || s === "str" || s === "unit" || s === "any") return { kind: s };
  if (s.endsWith("?")) {
    const elem = parseType(s.slice(0, -1));
    return elem && { kind: "opt", elem };
  }
  if (s.startsWith("[") && s.endsWith("]")) {
    const elem = parseType(s.slice(1, -1));
    return elem && arrayOf(elem);
  }
  if (s.startsWith("{") && s.endsWith("}")) {
    const colon = splitTop(s.slice(1, -1).replace(/:/, ","));
    const [k, v] = colon.map(parseType);
    return colon.length === 2 && k && v ? { kind: "map", key: k, value: v } : undefined;
  }
  const record = /^([A-Z]\w*)\((.*)\)$/s.exec(s);
  if (record) {
    const fields = splitTop(record[2]).map((f) => /^(\w+): (.*)$/s.exec(f));
    const items = fields.map((f) => f && parseType(f[2]));
    if (!fields.length || !items.every(Boolean)) return undefined;
    return { kind: "tuple", items: items as Type[], record: { name: record[1], fields: fields.map((f) => f![1]) } };
  }
  if (s.startsWith("(") && s.endsWith(")")) {
    const parts = splitTop(s.slice(1, -1));
    const items = parts.map(parseType);
    return items.every(Boolean) && items.length >= 2 ? tupleOf(items as Type[]) : undefined;
  }
  return undefined;
}

/** Where `sep` first occurs outside brackets, or -1. */
function topLevel(s: string, sep: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "[" || c === "(" || c === "{") depth++;
    else if (c === "]" || c === ")" || c === "}") depth--;
    else if (depth === 0 && s.startsWith(sep, i)) return i;
  }
  return -1;
}

/** Split on commas that are not nested inside brackets. */
export function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "[" || c === "(" || c === "{") depth++;
    else if (c === "]" || c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) { out.push(s.slice(start, i)); start = i + 1; }
  }
  if (s.trim()) out.push(s.slice(start));
  return out.map((p) => p.trim());
}

/** An `any` in memory: 0 for null, else a pointer to a 16-byte cell [tag: i32][0: i32][payload: 8]
 *  (runtime/any.wat). The payload is the value as that type lays it out: a list is a `[any]`, a dict
 *  a `{str: any}`. */
export const ANY_TAG = { bool: 1, int: 2, float: 3, str: 4, list: 5, dict: 6 } as const;
