// Turns a block's WAT template into one binary per instantiation: macro substitution for the
// element type, then wabt assembles and validates it with debug names kept for the linker.
import { readFileSync } from "node:fs";
import type { Instance } from "./registry.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Wabt = any;
let wabtP: Promise<Wabt> | undefined;
export function wabt(): Promise<Wabt> {
  wabtP ??= import("wabt").then((m: any) => (m.default ?? m)());
  return wabtP;
}

/** What every template can use without declaring it: the memory, the function table, the runtime. */
export const PRELUDE = `
  (import "link" "memory" (memory $memory 1))
  (import "link" "fns" (table $fns 0 funcref))
  (import "rt" "rt_alloc" (func $rt_alloc (param i32) (result i32)))
  (import "rt" "rt_fault" (func $rt_fault (param i32)))
  (import "rt" "rt_str_alloc" (func $rt_str_alloc (param i32) (result i32)))
  (import "rt" "rt_arr_alloc" (func $rt_arr_alloc (param i32 i32) (result i32)))
  (import "rt" "rt_str_cmp" (func $rt_str_cmp (param i32 i32) (result i32)))
  (import "rt" "rt_str_eq" (func $rt_str_eq (param i32 i32) (result i32)))
  (import "rt" "rt_fmt_f64" (func $rt_fmt_f64 (param f64 i32) (result i32)))
  (import "rt" "rt_write" (func $rt_write (param i32 i32)))
  (import "rt" "rt_mark" (func $rt_mark (result i32)))
  (import "rt" "rt_reset" (func $rt_reset (param i32)))
  (import "rt" "rt_map_new" (func $rt_map_new (result i32)))
  (import "rt" "rt_map_put" (func $rt_map_put (param i32 i32 i64) (result i32)))
  (import "rt" "rt_map_find" (func $rt_map_find (param i32 i32 i64) (result i32)))
  (import "rt" "rt_floormod_f" (func $rt_floormod_f (param f64 f64) (result f64)))
`;

/** Each element kind's wasm type, bytes per array element, log2 of that, and its loads and stores.
 *  A bool (and the i8 lane every bool-typed variable is instantiated at) is one byte in an array
 *  and is read as its lowest byte everywhere, so a slot written whole or by one byte reads the same. */
const WIDE = (w: string, s: number, sh: number) => ({ w, s, sh, load: `${w}.load`, store: `${w}.store` });
const BYTE = { w: "i32", s: 1, sh: 0, load: "i32.load8_u", store: "i32.store8" };
const LANE: Record<string, { w: string; s: number; sh: number; load: string; store: string }> = {
  int: WIDE("i64", 8, 3), float: WIDE("f64", 8, 3), i64: WIDE("i64", 8, 3), f64: WIDE("f64", 8, 3),
  bool: BYTE, byte: BYTE, i8: BYTE, str: WIDE("i32", 4, 2), i32: WIDE("i32", 4, 2),
};

/** Instructions comparing the two values on the stack, per element kind. */
const CMP: Record<string, Record<string, string>> = {
  int: { lt: "i64.lt_s", gt: "i64.gt_s", le: "i64.le_s", ge: "i64.ge_s", eq: "i64.eq", ne: "i64.ne" },
  i64: { lt: "i64.lt_s", gt: "i64.gt_s", le: "i64.le_s", ge: "i64.ge_s", eq: "i64.eq", ne: "i64.ne" },
  float: { lt: "f64.lt", gt: "f64.gt", le: "f64.le", ge: "f64.ge", eq: "f64.eq", ne: "f64.ne" },
  f64: { lt: "f64.lt", gt: "f64.gt", le: "f64.le", ge: "f64.ge", eq: "f64.eq", ne: "f64.ne" },
  bool: { lt: "i32.lt_u", gt: "i32.gt_u", le: "i32.le_u", ge: "i32.ge_u", eq: "i32.eq", ne: "i32.ne" },
  i32: { lt: "i32.lt_u", gt: "i32.gt_u", le: "i32.le_u", ge: "i32.ge_u", eq: "i32.eq", ne: "i32.ne" },
  byte: { lt: "i32.lt_u", gt: "i32.gt_u", le: "i32.le_u", ge: "i32.ge_u", eq: "i32.eq", ne: "i32.ne" },
  i8: { lt: "i32.lt_u", gt: "i32.gt_u", le: "i32.le_u", ge: "i32.ge_u", eq: "i32.eq", ne: "i32.ne" },
  str: {
    lt: "call $rt_str_cmp i32.const 0 i32.lt_s", gt: "call $rt_str_cmp i32.const 0 i32.gt_s",
    le: "call $rt_str_cmp i32.const 0 i32.le_s", ge: "call $rt_str_cmp i32.const 0 i32.ge_s",
    eq: "call $rt_str_eq", ne: "call $rt_str_eq i32.eqz",
  },
};

/** `{fn}` is the instance's function name; for each type variable T: `{T}` its key, `{T.w}` the wasm
 *  type, `{T.s}` bytes per element, `{T.sh}` log2 of that, `{T.load}`/`{T.store}`, `{T.lt}` etc. */
export function expand(wat: string, inst: Instance): string {
  return wat.replace(/\{(\w+)(?:\.(\w+))?\}/g, (whole, v: string, field?: string) => {
    if (v === "fn" && !field) return inst.fn;
    const k = inst.env[v];
    if (k === undefined) return whole;
    if (!field) return k;
    const lane = LANE[k];
    if (!lane) throw new Error(`no lane for ${k}`);
    switch (field) {
      case "w": return lane.w;
      case "s": return String(lane.s);
      case "sh": return String(lane.sh);
      case "load": return lane.load;
      case "store": return lane.store;
      default: {
        const op = CMP[k]?.[field];
        if (!op) throw new Error(`unknown template macro {${v}.${field}}`);
        return op;
      }
    }
  });
}

export async function assemble(name: string, wat: string): Promise<Uint8Array> {
  const w = await wabt();
  const features = { simd: true, bulk_memory: true, mutable_globals: true, sign_extension: true, sat_float_to_int: true, multi_value: true };
  const mod = w.parseWat(`${name}.wat`, wat, features);
  try {
    mod.resolveNames();
    mod.validate();
    return mod.toBinary({ write_debug_names: true }).buffer;
  } finally {
    mod.destroy();
  }
}

export async function assembleFile(path: string, inst: Instance): Promise<Uint8Array> {
  const wat = expand(readFileSync(path, "utf8"), inst);
  const at = wat.indexOf("(module");
  if (at < 0) throw new Error(`${path}: no (module`);
  return assemble(inst.fn, wat.slice(0, at + 7) + PRELUDE + wat.slice(at + 7));
}
