// The WebAssembly text driver: assemble feature.wat with wabt, instantiate it once per case, pass
// the arguments and read the results by the feature's Ideo types.
//
// The convention (a value is flattened into wasm parameters, and a result into multiple results):
//   int → i64, float → f64, bool → i32
//   str → (ptr i32, len i32): UTF-8 bytes in memory
//   (A, B, …) → the flattened fields, in order
//   [T] → (ptr i32, len i32): len elements laid out as in C: int and float 8 bytes, bool 4 (i32),
//         str 8 (ptr i32, len i32), a tuple as a struct of its fields (each aligned to its size)
//   [[T]] → (ptr i32, rows i32, cols i32): rows × cols elements, row-major
// A module that takes or returns such values exports its memory as "memory" and a mutable i32
// global "heap", the first free byte: the driver writes the arguments there and moves it past them,
// and the function allocates its results from it.
import wabtInit from "wabt";
import { Type } from "../../../compiler/types.js";
import { Case, Outcome, Sig } from "./corpus.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

interface Layout { size: number; align: number; offsets?: number[] }

function layout(t: Type): Layout {
  switch (t.kind) {
    case "int": case "float": return { size: 8, align: 8 };
    case "bool": return { size: 4, align: 4 };
    case "str": return { size: 8, align: 4 };
    case "tuple": {
      let at = 0, align = 1;
      const offsets = t.items.map((it) => {
        const l = layout(it);
        at = Math.ceil(at / l.align) * l.align;
        const o = at;
        at += l.size;
        align = Math.max(align, l.align);
        return o;
      });
      return { size: Math.ceil(at / align) * align, align, offsets };
    }
    default: throw new Error(`no in-memory layout for ${t.kind} elements`);
  }
}

type Raw = number | bigint;

class Heap {
  constructor(private inst: WebAssembly.Instance) {}
  get memory(): WebAssembly.Memory {
    const m = this.inst.exports.memory;
    if (!(m instanceof WebAssembly.Memory)) throw new Error('the module must export its memory as "memory"');
    return m;
  }
  get view(): DataView { return new DataView(this.memory.buffer); }
  alloc(bytes: number, align = 8): number {
    const g = this.inst.exports.heap;
    if (!(g instanceof WebAssembly.Global)) throw new Error('the module must export a mutable i32 global "heap"');
    const p = Math.ceil((g.value as number) / align) * align;
    g.value = p + bytes;
    const need = p + bytes - this.memory.buffer.byteLength;
    if (need > 0) this.memory.grow(Math.ceil(need / 65536));
    return p;
  }
}

/** Write a value as an array element or tuple field at `at`. */
function store(h: Heap, t: Type, at: number, v: unknown): void {
  switch (t.kind) {
    case "int": h.view.setBigInt64(at, BigInt(v as number), true); return;
    case "float": h.view.setFloat64(at, v as number, true); return;
    case "bool": h.view.setInt32(at, v ? 1 : 0, true); return;
    case "str": {
      const [p, n] = putStr(h, v as string);
      h.view.setInt32(at, p, true);
      h.view.setInt32(at + 4, n, true);
      return;
    }
    case "tuple": {
      const l = layout(t);
      t.items.forEach((it, i) => store(h, it, at + l.offsets![i], (v as unknown[])[i]));
      return;
    }
    default: throw new Error(`cannot store ${t.kind} in memory`);
  }
}

function load(h: Heap, t: Type, at: number): unknown {
  switch (t.kind) {
    case "int": return Number(h.view.getBigInt64(at, true));
    case "float": return h.view.getFloat64(at, true);
    case "bool": return h.view.getInt32(at, true) !== 0;
    case "str": return getStr(h, h.view.getInt32(at, true), h.view.getInt32(at + 4, true));
    case "tuple": {
      const l = layout(t);
      return t.items.map((it, i) => load(h, it, at + l.offsets![i]));
    }
    default: throw new Error(`cannot load ${t.kind} from memory`);
  }
}

function putStr(h: Heap, s: string): [number, number] {
  const bytes = enc.encode(s);
  const p = h.alloc(bytes.length, 1);
  new Uint8Array(h.memory.buffer, p, bytes.length).set(bytes);
  return [p, bytes.length];
}

const getStr = (h: Heap, p: number, n: number) => dec.decode(new Uint8Array(h.memory.buffer, p, n));

function putArray(h: Heap, elem: Type, xs: unknown[]): number {
  const l = layout(elem);
  const p = h.alloc(xs.length * l.size, Math.max(l.align, 8));
  xs.forEach((x, i) => store(h, elem, p + i * l.size, x));
  return p;
}

/** The wasm arguments for a value of type t. */
function flatten(h: Heap, t: Type, v: unknown): Raw[] {
  switch (t.kind) {
    case "int": return [BigInt(v as number)];
    case "float": return [v as number];
    case "bool": return [v ? 1 : 0];
    case "str": return putStr(h, v as string);
    case "tuple": return t.items.flatMap((it, i) => flatten(h, it, (v as unknown[])[i]));
    case "array": {
      const xs = v as unknown[];
      if (t.elem.kind === "array") {
        const cols = xs.length ? (xs[0] as unknown[]).length : 0;
        return [putArray(h, t.elem.elem, (xs as unknown[][]).flat()), xs.length, cols];
      }
      return [putArray(h, t.elem, xs), xs.length];
    }
    default: throw new Error(`cannot pass ${t.kind}`);
  }
}

/** Read a value of type t from the wasm results, consuming them from the front. */
function unflatten(h: Heap, t: Type, rs: Raw[]): unknown {
  const next = () => {
    if (!rs.length) throw new Error("the function returned too few results for its type");
    return rs.shift()!;
  };
  switch (t.kind) {
    case "int": return Number(next());
    case "float": return next();
    case "bool": return next() !== 0;
    case "str": { const p = Number(next()); return getStr(h, p, Number(next())); }
    case "tuple": return t.items.map((it) => unflatten(h, it, rs));
    case "array": {
      const p = Number(next());
      if (t.elem.kind === "array") {
        const rows = Number(next()), cols = Number(next());
        const l = layout(t.elem.elem);
        return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => load(h, (t.elem as { elem: Type }).elem, p + (i * cols + j) * l.size)));
      }
      const n = Number(next());
      const l = layout(t.elem);
      return Array.from({ length: n }, (_, i) => load(h, t.elem, p + i * l.size));
    }
    default: throw new Error(`cannot return ${t.kind}`);
  }
}

let wabt: Awaited<ReturnType<typeof wabtInit>> | undefined;

export async function assembleWat(text: string, file = "feature.wat"): Promise<Uint8Array> {
  wabt ??= await wabtInit();
  const mod = wabt.parseWat(file, text, { multi_value: true, bulk_memory: true, mutable_globals: true, sign_extension: true, sat_float_to_int: true });
  try {
    mod.resolveNames();
    mod.validate();
    return mod.toBinary({}).buffer;
  } finally {
    mod.destroy();
  }
}

export async function runWat(text: string, fn: string, sig: Sig, cases: Case[]): Promise<Outcome[]> {
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(await assembleWat(text) as Uint8Array<ArrayBuffer>);
  } catch (e) {
    return cases.map(() => ({ error: `wabt: ${(e as Error).message}` }));
  }
  return cases.map((c) => {
    try {
      const inst = new WebAssembly.Instance(module, {});
      const f = inst.exports[fn];
      if (typeof f !== "function") throw new Error(`the module exports no function "${fn}"`);
      const h = new Heap(inst);
      const args = sig.params.flatMap((t, i) => flatten(h, t, c.args[i]));
      const r = (f as (...a: Raw[]) => Raw | Raw[])(...args);
      const rs = Array.isArray(r) ? [...r] : [r];
      const value = unflatten(h, sig.result, rs);
      if (rs.length) throw new Error(`${rs.length} results left over for ${JSON.stringify(sig.result)}`);
      return { ok: value };
    } catch (e) {
      return { error: (e as Error).message };
    }
  });
}
