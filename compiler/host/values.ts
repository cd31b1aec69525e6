// Moving values between JS and an Ideo module's linear memory, by their Ideo type.
// ints are read as bigint here; the API layer turns safe ones into numbers.
import { ANY, ANY_TAG, STR, Type, arrayOf, isNarrow, sizeOf } from "../types.js";

export interface MemoryAccess {
  memory: WebAssembly.Memory;
  alloc: (bytes: number) => number;
  /** The runtime's map functions, exported by modules whose signatures carry maps. */
  mapNew?: () => number;
  mapPut?: (map: number, kind: number, key: bigint) => number;
}

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });

export class MarshalError extends Error {}

const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n;
/** The most bytes one string or array may take in memory: sizes travel as i32, and a memory holds
 *  at most 4 GB. A larger one is refused before anything is allocated. */
export const MAX_BYTES = 0x7fff_0000;

function expect(ok: boolean, what: string, t: Type, v: unknown): void {
  if (!ok) throw new MarshalError(`expected ${what} for ${showT(t)}, got ${shown(v)}`);
}
function shown(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "bigint") return String(v);
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === "function") return "a function";
  if (v && typeof v === "object") return v.constructor?.name ? `a ${v.constructor.name}` : "an object";
  return String(v);
}
function tooLarge(what: string, bytes: number): never {
  throw new MarshalError(`${what} is too large to cross: ${bytes} bytes, and the limit is ${MAX_BYTES}`);
}
/** A marshalling error inside a container names where: `element 3: expected …`. */
function within<T>(where: string, f: () => T): T {
  try { return f(); } catch (e) {
    if (e instanceof MarshalError) throw new MarshalError(`${where}: ${e.message}`);
    throw e;
  }
}
const showT = (t: Type): string => (t.kind === "array" ? `[${showT(t.elem)}]` : t.kind === "tuple" && t.record ? t.record.name : t.kind === "tuple" ? `(${t.items.map(showT).join(", ")})` : t.kind === "map" ? `{${showT(t.key)}: ${showT(t.value)}}` : t.kind === "opt" ? `${showT(t.elem)}?` : t.kind);

/** Does marshalling a value of type t into memory build maps (a map, or an any, which may hold
 *  dicts)? The module must then export the runtime's map functions. */
export function buildsMaps(t: Type): boolean {
  switch (t.kind) {
    case "map": case "any": return true;
    case "array": case "opt": return buildsMaps(t.elem);
    case "tuple": return t.items.some(buildsMaps);
    default: return false;
  }
}

/** A map's entries from JS: a Map, or a plain object (whose keys are strings; int keys are read from them). */
function entriesOf(t: Extract<Type, { kind: "map" }>, v: unknown): [unknown, unknown][] {
  if (v instanceof Map) return [...v.entries()];
  expect(typeof v === "object" && v !== null && !Array.isArray(v), "an object or a Map", t, v);
  return Object.entries(v as object).map(([k, x]) => {
    if (t.key.kind !== "int") return [k, x];
    expect(/^-?\d+$/.test(k), "integer keys", t, k);
    return [BigInt(k), x];
  });
}

/** A tuple's items from a JS array of as many. */
function tupleToWasm(m: MemoryAccess, t: Extract<Type, { kind: "tuple" }>, v: unknown): (number | bigint)[] {
  expect(Array.isArray(v) && v.length === t.items.length, `an array of ${t.items.length}`, t, v);
  return t.items.map((it, i) => within(`item ${i}`, () => toWasm(m, it, (v as unknown[])[i])));
}

/** A record's fields from a plain object with exactly those keys (a misspelt one is an error, not
 *  a field left out). */
function recordToWasm(m: MemoryAccess, t: Extract<Type, { kind: "tuple" }>, v: unknown): (number | bigint)[] {
  const { name, fields } = t.record!;
  expect(typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Map), `an object {${fields.join(", ")}}`, t, v);
  const o = v as Record<string, unknown>;
  const missing = fields.find((f) => !(f in o));
  if (missing !== undefined) throw new MarshalError(`${name} needs the field '${missing}', missing from the object`);
  const extra = Object.keys(o).find((k) => !fields.includes(k));
  if (extra !== undefined) throw new MarshalError(`${name} has no field '${extra}' (its fields are ${fields.join(", ")})`);
  return t.items.map((it, i) => within(`field '${fields[i]}'`, () => toWasm(m, it, o[fields[i]])));
}

/** Convert a JS value to the raw wasm value of type t, writing heap values into memory. */
export function toWasm(m: MemoryAccess, t: Type, v: unknown): number | bigint {
  switch (t.kind) {
    case "int": {
      // a number beyond 2**53 is taken as the integer it is exactly; nothing wraps silently
      expect(typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v)), "an integer", t, v);
      const n = BigInt(v as number | bigint);
      if (n < I64_MIN || n > I64_MAX) throw new MarshalError(`${shown(v)} does not fit in an int (64 bits: -2**63 to 2**63 - 1)`);
      return n;
    }
    case "float":
      expect(typeof v === "number" || typeof v === "bigint", "a number", t, v);
      return Number(v);
    case "bool":
      expect(typeof v === "boolean", "a boolean", t, v);
      return v ? 1 : 0;
    case "byte":
      // a byte is never narrowed silently, as Ideo's own `.byte` must be written
      expect((typeof v === "number" || typeof v === "bigint") && Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 255, "an integer 0..255", t, v);
      return Number(v);
    case "str": {
      expect(typeof v === "string", "a string", t, v);
      if ((v as string).length * 3 > MAX_BYTES) tooLarge(`a string of ${(v as string).length} characters`, (v as string).length * 3);
      const bytes = enc.encode(v as string);
      const p = m.alloc(bytes.length + 8);
      const view = new DataView(m.memory.buffer);
      view.setInt32(p, bytes.length, true);
      view.setInt32(p + 4, 0, true);
      new Uint8Array(m.memory.buffer, p + 8, bytes.length).set(bytes);
      return p;
    }
    case "array": {
      if (t.elem.kind === "byte" && v instanceof Uint8Array) return bytesToWasm(m, v);
      expect(Array.isArray(v), t.elem.kind === "byte" ? "a Uint8Array or an array" : "an array", t, v);
      const xs = v as unknown[];
      const size = sizeOf(t.elem);
      if (8 + xs.length * size > MAX_BYTES) tooLarge(`an array of ${xs.length} elements`, 8 + xs.length * size);
      // every element is written: a hole would leave what a previous call had there
      const raws: (number | bigint)[] = [];
      for (let i = 0; i < xs.length; i++) {
        if (!(i in xs) && t.elem.kind !== "opt") throw new MarshalError(`element ${i} is missing (the array has holes)`);
        raws.push(within(`element ${i}`, () => toWasm(m, t.elem, xs[i]))); // nested values first: they may grow memory
      }
      const p = m.alloc(8 + xs.length * size);
      const view = new DataView(m.memory.buffer);
      view.setInt32(p, xs.length, true);
      view.setInt32(p + 4, 0, true);
      raws.forEach((r, i) => store(view, p + 8 + i * size, t.elem, r, true));
      return p;
    }
    case "tuple": {
      const raws = t.record ? recordToWasm(m, t, v) : tupleToWasm(m, t, v);
      const p = m.alloc(8 * t.items.length);
      const view = new DataView(m.memory.buffer);
      raws.forEach((r, i) => store(view, p + 8 * i, t.items[i], r));
      return p;
    }
    case "map": {
      if (!m.mapNew || !m.mapPut) throw new MarshalError(`this module cannot take maps (${showT(t)})`);
      const entries = entriesOf(t, v);
      const p = m.mapNew();
      for (const [k, x] of entries) {
        const key = within("a key", () => toWasm(m, t.key, k));
        const raw = within(`the value of ${shown(k)}`, () => toWasm(m, t.value, x));
        const at = m.mapPut(p, t.key.kind === "str" ? 1 : 0, typeof key === "bigint" ? key : BigInt(key)) >>> 0;
        store(new DataView(m.memory.buffer), at, t.value, raw);
      }
      return p;
    }
    case "opt": {
      // null and undefined are null; anything else is boxed
      if (v === null || v === undefined) return 0;
      const raw = toWasm(m, t.elem, v);
      const p = m.alloc(8);
      store(new DataView(m.memory.buffer), p, t.elem, raw);
      return p;
    }
    case "any": return anyToWasm(m, v);
    default:
      throw new MarshalError(`values of type ${showT(t)} cannot cross to WebAssembly`);
  }
}

/** A [byte] from a Uint8Array: its bytes copied as they are. */
function bytesToWasm(m: MemoryAccess, bytes: Uint8Array): number {
  if (8 + bytes.length > MAX_BYTES) tooLarge(`a Uint8Array of ${bytes.length} bytes`, 8 + bytes.length);
  const p = m.alloc(8 + bytes.length);
  const view = new DataView(m.memory.buffer);
  view.setInt32(p, bytes.length, true);
  view.setInt32(p + 4, 0, true);
  new Uint8Array(m.memory.buffer, p + 8, bytes.length).set(bytes);
  return p;
}

/** The plain type an `any` cell's payload has, by its tag. */
const DICT: Type = { kind: "map", key: STR, value: ANY };
const TAG_TYPES: [number, Type][] = [
  [ANY_TAG.bool, { kind: "bool" }], [ANY_TAG.int, { kind: "int" }], [ANY_TAG.float, { kind: "float" }],
  [ANY_TAG.str, STR], [ANY_TAG.list, arrayOf(ANY)], [ANY_TAG.dict, DICT],
];
const typeOfTag = new Map(TAG_TYPES);

/** The tag a JS value takes in an `any`: an integer number within 64 bits is an int, as JS cannot
 *  tell 2.0 from 2; plain objects and Maps are dicts. */
function tagOf(v: unknown): number | undefined {
  switch (typeof v) {
    case "boolean": return ANY_TAG.bool;
    case "bigint": return ANY_TAG.int;
    case "number": return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? ANY_TAG.int : ANY_TAG.float;
    case "string": return ANY_TAG.str;
    case "object": return Array.isArray(v) ? ANY_TAG.list : v !== null ? ANY_TAG.dict : undefined;
    default: return undefined;
  }
}

/** A JSON-like JS value as an `any`: 0 for null and undefined, else a cell [tag][0][payload]. */
function anyToWasm(m: MemoryAccess, v: unknown): number {
  if (v === null || v === undefined) return 0;
  const tag = tagOf(v);
  if (tag === undefined) throw new MarshalError(`expected a JSON value (null, a boolean, a number, a string, an array or an object) for any, got ${typeof v === "symbol" ? "a symbol" : typeof v}`);
  const t = typeOfTag.get(tag)!;
  const raw = toWasm(m, t, v);
  const p = m.alloc(16);
  const view = new DataView(m.memory.buffer);
  view.setInt32(p, tag, true);
  view.setInt32(p + 4, 0, true);
  if (t.kind === "int" || t.kind === "float") store(view, p + 8, t, raw);
  else view.setBigInt64(p + 8, BigInt(raw as number), true);
  return p;
}

/** A value into memory: a bool or a byte as one byte in an array, as a whole i32 in a slot. */
function store(view: DataView, at: number, t: Type, raw: number | bigint, element = false): void {
  if (t.kind === "int") view.setBigInt64(at, raw as bigint, true);
  else if (t.kind === "float") view.setFloat64(at, raw as number, true);
  else if (isNarrow(t) && element) view.setUint8(at, raw as number);
  else view.setInt32(at, raw as number, true);
}

/** A value from memory: a bool or a byte is its lowest byte, wherever it is. */
function load(view: DataView, at: number, t: Type): number | bigint {
  if (t.kind === "int") return view.getBigInt64(at, true);
  if (t.kind === "float") return view.getFloat64(at, true);
  if (isNarrow(t)) return view.getUint8(at);
  return view.getInt32(at, true);
}

export type JsValue = bigint | number | boolean | string | Uint8Array | JsValue[] | Map<bigint | string, JsValue> | JsRecord | undefined | null;

/** A record read back, its fields in order, until toPlainJs makes it a plain object. */
export class JsRecord {
  constructor(readonly fields: [string, JsValue][]) {}
}

/** Read the raw wasm value of type t back into JS (ints as bigint). */
export function fromWasm(memory: WebAssembly.Memory, t: Type, raw: unknown): JsValue {
  const view = new DataView(memory.buffer);
  const go = (t: Type, raw: unknown): JsValue => {
    switch (t.kind) {
      case "int": return BigInt.asIntN(64, BigInt(raw as bigint));
      case "float": return raw as number;
      case "bool": return (raw as number) !== 0;
      case "byte": return (raw as number) & 255;
      case "unit": return undefined;
      case "str": {
        const p = (raw as number) >>> 0;
        const n = view.getInt32(p, true);
        return dec.decode(new Uint8Array(memory.buffer, p + 8, n));
      }
      case "array": {
        const p = (raw as number) >>> 0;
        const n = view.getInt32(p, true);
        // a [byte] comes back as a Uint8Array of its own (memory is reused after the call)
        if (t.elem.kind === "byte") return new Uint8Array(memory.buffer, p + 8, n).slice();
        const size = sizeOf(t.elem);
        const out: JsValue[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = go(t.elem, load(view, p + 8 + i * size, t.elem));
        return out;
      }
      case "tuple": {
        const p = (raw as number) >>> 0;
        const items = t.items.map((it, i) => go(it, load(view, p + 8 * i, it)));
        // a record comes back as a plain object with its field names
        return t.record ? new JsRecord(t.record.fields.map((f, i) => [f, items[i]])) : items;
      }
      case "map": {
        const p = (raw as number) >>> 0;
        const n = view.getInt32(p, true), entries = view.getInt32(p + 8, true) >>> 0;
        const out = new Map<bigint | string, JsValue>();
        for (let i = 0; i < n; i++) out.set(go(t.key, load(view, entries + 16 * i, t.key)) as bigint | string, go(t.value, load(view, entries + 16 * i + 8, t.value)));
        return out;
      }
      case "opt": {
        const p = (raw as number) >>> 0;
        return p === 0 ? undefined : go(t.elem, load(view, p, t.elem));
      }
      case "any": {
        // an any's null stays null, so JSON comes back as it went in
        const p = (raw as number) >>> 0;
        const held = p === 0 ? undefined : typeOfTag.get(view.getInt32(p, true));
        return held ? go(held, load(view, p + 8, held)) : null;
      }
      default:
        return `<${t.kind}>`;
    }
  };
  return go(t, raw);
}

/** ints become numbers when they are safe integers, BigInt otherwise. */
export function toPlainJs(v: JsValue): JsValue {
  if (typeof v === "bigint") return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(toPlainJs);
  // a map becomes a plain object, as JSON and MBPP's tests expect (int keys as their decimal text)
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), toPlainJs(x)])) as unknown as JsValue;
  if (v instanceof JsRecord) return Object.fromEntries(v.fields.map(([k, x]) => [k, toPlainJs(x)])) as unknown as JsValue;
  return v;
}
