// Generic exports. An exported function whose parameter types inference left open (`f(xs) =
// xs.reverse`, shape `['a]` or `'a`) is compiled once with defaults (`[int]`). When JS passes
// arguments of another type, `load()` reads their types from the values, and compiles the function
// again with those parameter types fixed (see index.ts). This file does the reading.
import { Type, show, splitTop } from "../types.js";

/** A parameter's shape: a type whose open parts are named variables. */
type Shape = Type | { kind: "var"; name: string } | { kind: "array"; elem: Shape } | { kind: "tuple"; items: Shape[] } | { kind: "map"; key: Shape; value: Shape } | { kind: "opt"; elem: Shape };

/** What a JS value says about its type; `undefined` where it says nothing (an empty array's elements). */
type Seen = Type | { kind: "array"; elem: Seen | undefined } | { kind: "tuple"; items: (Seen | undefined)[] } | { kind: "map"; key: Seen | undefined; value: Seen | undefined };

export function parseShape(text: string): Shape | undefined {
  const s = text.trim();
  if (/^'[a-z]+$/.test(s)) return { kind: "var", name: s };
  if (s.endsWith("?")) { const elem = parseShape(s.slice(0, -1)); return elem && { kind: "opt", elem }; }
  if (["int", "float", "bool", "byte", "str", "unit", "any"].includes(s)) return { kind: s } as Type;
  if (s.startsWith("[") && s.endsWith("]")) { const elem = parseShape(s.slice(1, -1)); return elem && { kind: "array", elem }; }
  if (s.startsWith("{") && s.endsWith("}")) {
    const [k, v] = splitTop(s.slice(1, -1).replace(/:/, ",")).map(parseShape);
    return k && v ? { kind: "map", key: k, value: v } : undefined;
  }
  if (s.startsWith("(") && s.endsWith(")") && !s.includes("=>")) {
    const items = splitTop(s.slice(1, -1)).map(parseShape);
    return items.every(Boolean) ? { kind: "tuple", items: items as Shape[] } : undefined;
  }
  return undefined; // function types: not something JS passes
}

/** The type a JS value has, as far as it shows: numbers that are all integers are int. */
export function typeOfValue(v: unknown): Seen | undefined {
  if (typeof v === "string") return { kind: "str" };
  if (typeof v === "boolean") return { kind: "bool" };
  if (typeof v === "bigint") return { kind: "int" };
  if (typeof v === "number") return Number.isInteger(v) ? { kind: "int" } : { kind: "float" };
  if (v instanceof Uint8Array) return { kind: "array", elem: { kind: "byte" } };
  if (v instanceof Map) return { kind: "map", key: joinAll([...v.keys()].map(typeOfValue)) ?? undefined, value: joinAll([...v.values()].map(typeOfValue)) ?? undefined };
  if (Array.isArray(v)) {
    const elems = v.map(typeOfValue);
    const elem = joinAll(elems);
    // elements that cannot share a type make a tuple
    return elem === null ? { kind: "tuple", items: elems } : { kind: "array", elem };
  }
  if (v && typeof v === "object") return { kind: "map", key: { kind: "str" }, value: joinAll(Object.values(v).map(typeOfValue)) ?? undefined };
  return undefined;
}

/** The type all these share, `null` if none (a map's values that share none say nothing). */
function joinAll(ts: (Seen | undefined)[]): Seen | undefined | null {
  return ts.reduce<Seen | undefined | null>((a, b) => (a === null ? null : join(a, b)), undefined);
}

/** The type two values can share (an int and a float share float), `null` if none. */
function join(a: Seen | undefined, b: Seen | undefined): Seen | undefined | null {
  if (!a) return b;
  if (!b) return a;
  if (a.kind !== b.kind) {
    const num = (k: string) => k === "int" || k === "float";
    return num(a.kind) && num(b.kind) ? { kind: "float" } : null;
  }
  if (a.kind === "array" && b.kind === "array") { const e = join(a.elem, b.elem); return e === null ? null : { kind: "array", elem: e }; }
  if (a.kind === "tuple" && b.kind === "tuple") {
    if (a.items.length !== b.items.length) return null;
    const items = a.items.map((x, i) => join(x, b.items[i]));
    return items.includes(null) ? null : { kind: "tuple", items: items as (Seen | undefined)[] };
  }
  if (a.kind === "map" && b.kind === "map") {
    const k = join(a.key, b.key), v = join(a.value, b.value);
    return k === null || v === null ? null : { kind: "map", key: k, value: v };
  }
  return a;
}

/** Bind the shape's variables to what the value shows; false where the value does not fit. */
function bind(shape: Shape, seen: Seen | undefined, env: Map<string, Seen | undefined>): boolean {
  if (!seen) return true;
  if (shape.kind === "var") {
    const j = join(env.get(shape.name), seen);
    if (j === null) return false;
    env.set(shape.name, j);
    return true;
  }
  if (shape.kind === "array") {
    if (seen.kind === "array") return bind(shape.elem, seen.elem, env);
    // elements of kinds that share no type (["ID", 3]) are mixed values: an array is [any]
    return seen.kind === "tuple" && bind(shape.elem, { kind: "any" }, env);
  }
  if (shape.kind === "tuple") {
    if (seen.kind === "array") return shape.items.every((s) => bind(s, seen.elem, env));
    return seen.kind === "tuple" && seen.items.length === shape.items.length && shape.items.every((s, i) => bind(s, seen.items[i], env));
  }
  if (shape.kind === "map") return seen.kind === "map" && bind(shape.key, seen.key, env) && bind(shape.value, seen.value, env);
  if (shape.kind === "opt") return bind(shape.elem, seen, env); // null says nothing, and is not seen
  return true; // a fixed part: marshalling checks it
}

/** The default compile's types for the shape's variables: what defaults filled each one with. */
function defaults(shape: Shape, t: Type, env: Map<string, Type>): void {
  if (shape.kind === "var") { if (!env.has(shape.name)) env.set(shape.name, t); return; }
  if (shape.kind === "array" && t.kind === "array") defaults(shape.elem, t.elem, env);
  else if (shape.kind === "tuple" && t.kind === "tuple") shape.items.forEach((s, i) => t.items[i] && defaults(s, t.items[i], env));
  else if (shape.kind === "map" && t.kind === "map") { defaults(shape.key, t.key, env); defaults(shape.value, t.value, env); }
  else if (shape.kind === "opt" && t.kind === "opt") defaults(shape.elem, t.elem, env);
}

/** Fill what a value left unsaid (an empty array's elements) from the default compile's type. */
function complete(seen: Seen | undefined, fallback: Type): Type {
  if (!seen) return fallback;
  if (seen.kind === "int" && fallback.kind === "float") return fallback; // JS numbers: 3 is a float too
  // a JS array is a tuple where the default compile has one: [[1, 2]] for [(int, int)]
  if (seen.kind === "array" && fallback.kind === "tuple") return { kind: "tuple", items: fallback.items.map((f) => complete(seen.elem, f)) };
  if (seen.kind === "array") return { kind: "array", elem: complete(seen.elem, fallback.kind === "array" ? fallback.elem : { kind: "int" }) };
  if (seen.kind === "tuple") return { kind: "tuple", items: seen.items.map((s, i) => complete(s, fallback.kind === "tuple" && fallback.items[i] ? fallback.items[i] : { kind: "int" })) };
  if (seen.kind === "map") {
    const fk = fallback.kind === "map" ? fallback.key : { kind: "str" } as Type, fv = fallback.kind === "map" ? fallback.value : { kind: "int" } as Type;
    return { kind: "map", key: complete(seen.key, fk), value: complete(seen.value, fv) };
  }
  return seen as Type;
}

function substitute(shape: Shape, env: Map<string, Type>, open: Type = { kind: "int" }): Type {
  switch (shape.kind) {
    case "var": return env.get(shape.name) ?? open;
    case "array": return { kind: "array", elem: substitute(shape.elem, env, open) };
    case "tuple": return { kind: "tuple", items: shape.items.map((s) => substitute(s, env, open)) };
    case "map": return { kind: "map", key: substitute(shape.key, env, open), value: substitute(shape.value, env, open) };
    case "opt": return { kind: "opt", elem: substitute(shape.elem, env, open) };
    default: return shape as Type;
  }
}

/** The parameter types with every open part `any`: what a function written for mixed values takes
 *  when the types its arguments show do not check (`t.list.map(_.type)` given a pair of ints: `type`
 *  takes an any, and a plain int is not one). */
export function anyParamTypes(shapes: string[]): string[] | undefined {
  const parsed = shapes.map(parseShape);
  if (parsed.some((s) => !s)) return undefined;
  return parsed.map((s) => show(substitute(s!, new Map(), { kind: "any" })));
}

/** The parameter types the arguments' own shapes give with every element an any: a JS array is
 *  `[any]` (a mixed one too, rather than a tuple), an object `{str: any}`. What a function written
 *  for mixed values takes when its parameter is open as a whole and could also be a string
 *  (`t.map(_.type)` given [1, 2]: `'a` with any for it is no array, and [int] does not check). */
export function anyElementTypes(args: unknown[]): string[] {
  const loosen = (v: Seen | undefined): Type =>
    !v ? { kind: "any" } : v.kind === "array" || v.kind === "tuple" ? { kind: "array", elem: { kind: "any" } } : v.kind === "map" ? { kind: "map", key: (v.key as Type) ?? { kind: "str" }, value: { kind: "any" } } : v as Type;
  return args.map((a) => show(loosen(typeOfValue(a))));
}

/**
 * The parameter types these arguments ask of a generic function, as type text, or undefined when
 * they cannot be read (the default compile's marshalling then reports what is wrong).
 */
export function paramTypesFor(shapes: string[], compiled: Type[], args: unknown[]): string[] | undefined {
  const parsed = shapes.map(parseShape);
  if (parsed.some((s) => !s)) return undefined;
  const seen = new Map<string, Seen | undefined>();
  if (!parsed.every((s, i) => bind(s!, typeOfValue(args[i]), seen))) return undefined;
  const fallback = new Map<string, Type>();
  parsed.forEach((s, i) => defaults(s!, compiled[i], fallback));
  const env = new Map<string, Type>();
  for (const [name, t] of fallback) env.set(name, complete(seen.get(name), t));
  return parsed.map((s) => show(substitute(s!, env)));
}
