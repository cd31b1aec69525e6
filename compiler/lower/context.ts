// What lowering a program shares across its functions: the Binaryen module, the checked program,
// string literals bound for the data segment, lambdas bound for the table, and generated helpers.
import type { Binaryen, Module, ExpressionRef } from "../binaryen.js";
import type { Checked } from "../check/check.js";
import type { Expr } from "../syntax/ast.js";
import { LineMap } from "../diagnostics.js";
import { Type, isNarrow, key, sizeOf, wasmOf } from "../types.js";
import { DataLayout, layoutData } from "../layout.js";
import { toType } from "../check/unify.js";

/** Lowering a stdlib block into a template (compiler/stdlib.ts) instead of a program: functions take
 *  the template's names (`fn` for the entry, `fn__…` for the rest), string literals and lambdas are
 *  addressed from bases the linker sets (`fn_data`, `fn_fns`), and a fault reports the location the
 *  caller set before calling the block. */
export interface TemplateTarget {
  /** The instantiation's entry name, e.g. chunks_i64. */
  fn: string;
  /** The Ideo function that becomes the entry. */
  entry: string;
}

/** What calling a runtime function or a block template can do: fault (the call site then records
 *  its position first), allocate (a loop whose turns cannot needs no region) and call back into the
 *  program through the function table (a lambda: it may spend fuel). The linker reads it from the
 *  templates' code (link/effects.ts). */
export interface CallEffects { faults: boolean; allocates: boolean; calls: boolean }

export class ProgramContext {
  /** String literal → its address; `data` holds the objects in address order for the linker. */
  private readonly strings = new Map<string, number>();
  readonly data: Uint8Array[] = [];
  private readonly layout = new DataLayout();
  readonly lambdaNames: string[] = [];
  readonly roots = new Set<string>();
  private helpers = new Set<string>();
  constructor(readonly b: Binaryen, readonly m: Module, readonly checked: Checked, readonly lines: LineMap,
    readonly effects: (fn: string) => CallEffects, readonly template?: TemplateTarget, readonly fuel = false) {}

  /** The wasm name of an Ideo function. */
  fnName(name: string): string {
    const t = this.template;
    return !t ? `fn_${name}` : name === t.entry ? t.fn : `${t.fn}__${name}`;
  }

  /** The wasm name of a lambda or helper the lowering generates. */
  ownName(name: string): string {
    return this.template ? `${this.template.fn}__${name}` : name;
  }

  /** A pointer to a string literal: a constant in a program, an offset from the template's data. */
  stringPtr(s: string): ExpressionRef {
    const at = this.stringAddress(s);
    const { m, b } = this;
    return this.template ? m.i32.add(m.global.get(`${this.template.fn}_data`, b.i32), m.i32.const(at - layoutData([]).end)) : m.i32.const(at);
  }

  /** The one-character strings of the 128 ASCII characters, 16 bytes each, for a loop over a
   *  string's characters to hand out instead of allocating one a turn. Reserved below the heap (no
   *  region reset reaches it) but not written into the module: the link leaves an all-zero object
   *  to the memory's initial zeros, and the first loop to start fills it all (a zero length field
   *  in its last entry: loops.ts, fillTable), which is 2 KiB of module bytes saved for 256 stores
   *  once. None in a
   *  template: its data is addressed from a base the linker sets, and it keeps allocating. */
  charTable(): number | undefined {
    if (this.template) return undefined;
    if (this.chars === undefined) {
      const obj = new Uint8Array(128 * 16);
      this.data.push(obj);
      this.chars = this.layout.place(obj.length);
    }
    return this.chars;
  }
  private chars: number | undefined;

  /** The table index of the k-th lambda: in a template, after the base the linker gives its lambdas. */
  tableIndex(k: number): ExpressionRef {
    const { m, b } = this;
    return this.template ? m.i32.add(m.global.get(`${this.template.fn}_fns`, b.i32), m.i32.const(k)) : m.i32.const(k);
  }

  typeOf(e: Expr): Type {
    const t = this.checked.types.get(e);
    return t ? toType(t) : { kind: "unit" };
  }

  wasm(t: Type): number {
    const w = wasmOf(t);
    return w === "i64" ? this.b.i64 : w === "f64" ? this.b.f64 : w === "i32" ? this.b.i32 : this.b.none;
  }

  /** The address of a string literal, laid out exactly as the linker will place it. */
  private stringAddress(s: string): number {
    let at = this.strings.get(s);
    if (at === undefined) {
      const bytes = new TextEncoder().encode(s);
      const obj = new Uint8Array(8 + bytes.length);
      new DataView(obj.buffer).setInt32(0, bytes.length, true);
      obj.set(bytes, 8);
      this.data.push(obj);
      at = this.layout.place(obj.length);
      this.strings.set(s, at);
    }
    return at;
  }

  /** Set by program.ts: lowers a lambda into its own function and returns its name. */
  lambda!: (e: Extract<Expr, { kind: "lambda" }>) => string;

  /** Generate a helper function once per program; `make` adds it under the name it is given. */
  helper(base: string, make: (name: string) => void): string {
    const name = this.ownName(base);
    if (!this.helpers.has(name)) {
      this.helpers.add(name);
      make(name);
    }
    return name;
  }

  /** A value from memory; a bool or a byte is its lowest byte, wherever it is (types.ts). */
  load(t: Type, ptr: ExpressionRef, offset: number): ExpressionRef {
    const { m } = this;
    switch (wasmOf(t)) {
      case "i64": return m.i64.load(offset, 8, ptr, "memory");
      case "f64": return m.f64.load(offset, 8, ptr, "memory");
      default: return isNarrow(t) ? m.i32.load8_u(offset, 1, ptr, "memory") : m.i32.load(offset, 4, ptr, "memory");
    }
  }

  /** A value into a slot (a tuple field, a box, a capture, a map value), or with `element` into an
   *  array, where a bool or a byte takes one byte. */
  store(t: Type, ptr: ExpressionRef, offset: number, value: ExpressionRef, element = false): ExpressionRef {
    const { m } = this;
    switch (wasmOf(t)) {
      case "i64": return m.i64.store(offset, 8, ptr, value, "memory");
      case "f64": return m.f64.store(offset, 8, ptr, value, "memory");
      default: return element && isNarrow(t) ? m.i32.store8(offset, 1, ptr, value, "memory") : m.i32.store(offset, 4, ptr, value, "memory");
    }
  }

  /** Address of element i (an i32 expression, already checked) of an array of t. */
  elemAddr(t: Type, arr: ExpressionRef, i: ExpressionRef): ExpressionRef {
    const { m } = this;
    const size = sizeOf(t);
    return m.i32.add(arr, size === 1 ? i : m.i32.shl(i, m.i32.const(size === 8 ? 3 : 2)));
  }

  /** `__eq_<type>`: deep equality for arrays, tuples and maps (maps as Python compares dicts: the
   *  same keys with equal values, in any order). */
  eqFn(t: Type): string {
    const { m, b } = this;
    return this.helper(`__eq_${key(t)}`, (name) => {
      const A = () => m.local.get(0, b.i32), B = () => m.local.get(1, b.i32);
      let body: ExpressionRef;
      if (t.kind === "array") {
        const i = () => m.local.get(2, b.i32);
        const n = () => m.i32.load(0, 4, A(), "memory");
        const ea = this.load(t.elem, this.elemAddr(t.elem, A(), i()), 8);
        const eb = this.load(t.elem, this.elemAddr(t.elem, B(), i()), 8);
        body = m.block(null, [
          m.if(m.i32.ne(n(), m.i32.load(0, 4, B(), "memory")), m.return(m.i32.const(0))),
          m.block("done", [m.loop("next", m.block(null, [
            m.br("done", m.i32.ge_u(i(), n())),
            m.if(m.i32.eqz(this.eqValues(t.elem, ea, eb)), m.return(m.i32.const(0))),
            m.local.set(2, m.i32.add(i(), m.i32.const(1))),
            m.br("next"),
          ]))]),
          m.i32.const(1),
        ], b.i32);
      } else if (t.kind === "tuple") {
        body = t.items.reduce<ExpressionRef>((acc, it, k) => m.i32.and(acc, this.eqValues(it, this.load(it, A(), 8 * k), this.load(it, B(), 8 * k))), m.i32.const(1));
      } else if (t.kind === "map") {
        const i = () => m.local.get(2, b.i32), e = () => m.local.get(3, b.i32);
        const str = t.key.kind === "str";
        const entry = (map: ExpressionRef, k: ExpressionRef) => m.i32.add(m.i32.load(8, 4, map, "memory"), m.i32.shl(k, m.i32.const(4)));
        body = m.block(null, [
          m.if(m.i32.ne(m.i32.load(0, 4, A(), "memory"), m.i32.load(0, 4, B(), "memory")), m.return(m.i32.const(0))),
          m.block("done", [m.loop("next", m.block(null, [
            m.br("done", m.i32.ge_u(i(), m.i32.load(0, 4, A(), "memory"))),
            m.local.set(3, m.call("rt_map_find", [B(), m.i32.const(str ? 1 : 0), m.i64.load(0, 8, entry(A(), i()), "memory")], b.i32)),
            m.if(m.i32.lt_s(e(), m.i32.const(0)), m.return(m.i32.const(0))),
            m.if(m.i32.eqz(this.eqValues(t.value, this.load(t.value, entry(A(), i()), 8), this.load(t.value, entry(B(), e()), 8))), m.return(m.i32.const(0))),
            m.local.set(2, m.i32.add(i(), m.i32.const(1))),
            m.br("next"),
          ]))]),
          m.i32.const(1),
        ], b.i32);
      } else if (t.kind === "opt") {
        // null equals only null; two values compare as values
        body = m.if(m.i32.or(m.i32.eqz(A()), m.i32.eqz(B())), m.i32.eq(A(), B()), this.eqValues(t.elem, this.load(t.elem, A(), 0), this.load(t.elem, B(), 0)));
      } else throw new Error(`no equality helper for ${key(t)}`);
      m.addFunction(name, b.createType([b.i32, b.i32]), b.i32, t.kind === "array" ? [b.i32] : t.kind === "map" ? [b.i32, b.i32] : [], body);
    });
  }

  eqValues(t: Type, a: ExpressionRef, c: ExpressionRef): ExpressionRef {
    const { m, b } = this;
    switch (t.kind) {
      case "int": return m.i64.eq(a, c);
      case "float": return m.f64.eq(a, c);
      case "str": return m.call("rt_str_eq", [a, c], b.i32);
      case "array": case "tuple": case "map": case "opt": return m.call(this.eqFn(t), [a, c], b.i32);
      case "any": return m.call("rt_any_eq", [a, c], b.i32);
      default: return m.i32.eq(a, c);
    }
  }

  /** `__show_<type>`: append a value to a string builder the way print shows it. */
  show(t: Type, sb: ExpressionRef, v: ExpressionRef, quoted: boolean): ExpressionRef {
    const { m, b } = this;
    switch (t.kind) {
      case "int": return m.call("rt_sb_int", [sb, v], b.none);
      case "float": return m.call("rt_sb_float", [sb, v], b.none);
      case "bool": return m.call("rt_sb_bool", [sb, v], b.none);
      case "byte": return m.call("rt_sb_int", [sb, m.i64.extend_u(v)], b.none);
      case "str": return m.call(quoted ? "rt_sb_quoted" : "rt_sb_str", [sb, v], b.none);
      case "unit": return m.drop(v);
      case "fn": return m.block(null, [m.drop(v), m.call("rt_sb_str", [sb, this.stringPtr("<fn>")], b.none)]);
      case "any": return m.call("rt_any_show", [sb, v, m.i32.const(quoted ? 1 : 0)], b.none);
      default: return m.call(this.showFn(t, quoted), [sb, v], b.none);
    }
  }

  private showFn(t: Type, quoted: boolean): string {
    const { m, b } = this;
    // an optional shows its value as the value itself shows, so a top-level string stays unquoted
    return this.helper(`__show_${key(t)}${t.kind === "opt" && !quoted ? "_plain" : ""}`, (name) => {
      const SB = () => m.local.get(0, b.i32), V = () => m.local.get(1, b.i32);
      const byte = (c: string) => m.call("rt_sb_byte", [SB(), m.i32.const(c.charCodeAt(0))], b.none);
      let body: ExpressionRef;
      if (t.kind === "array") {
        const i = () => m.local.get(2, b.i32);
        body = m.block(null, [
          byte("["),
          m.block("done", [m.loop("next", m.block(null, [
            m.br("done", m.i32.ge_u(i(), m.i32.load(0, 4, V(), "memory"))),
            m.if(i(), m.block(null, [byte(","), byte(" ")])),
            this.show(t.elem, SB(), this.load(t.elem, this.elemAddr(t.elem, V(), i()), 8), true),
            m.local.set(2, m.i32.add(i(), m.i32.const(1))),
            m.br("next"),
          ]))]),
          byte("]"),
        ]);
      } else if (t.kind === "map") {
        const i = () => m.local.get(2, b.i32);
        const entry = () => m.i32.add(m.i32.load(8, 4, V(), "memory"), m.i32.shl(i(), m.i32.const(4)));
        body = m.block(null, [
          byte("{"),
          m.block("done", [m.loop("next", m.block(null, [
            m.br("done", m.i32.ge_u(i(), m.i32.load(0, 4, V(), "memory"))),
            m.if(i(), m.block(null, [byte(","), byte(" ")])),
            this.show(t.key, SB(), this.load(t.key, entry(), 0), true),
            byte(":"), byte(" "),
            this.show(t.value, SB(), this.load(t.value, entry(), 8), true),
            m.local.set(2, m.i32.add(i(), m.i32.const(1))),
            m.br("next"),
          ]))]),
          byte("}"),
        ]);
      } else if (t.kind === "opt") {
        body = m.if(m.i32.eqz(V()), m.call("rt_sb_str", [SB(), this.stringPtr("null")], b.none), this.show(t.elem, SB(), this.load(t.elem, V(), 0), quoted));
      } else {
        const { items, record } = t as Extract<Type, { kind: "tuple" }>;
        // a record shows its name and each field's: Body(x: 0.0, m: 2.0)
        const text = (s: string) => m.call("rt_sb_str", [SB(), this.stringPtr(s)], b.none);
        body = m.block(null, [
          ...(record ? [text(record.name)] : []),
          byte("("),
          ...items.flatMap((it, k) => [...(k ? [byte(","), byte(" ")] : []), ...(record ? [text(`${record.fields[k]}: `)] : []), this.show(it, SB(), this.load(it, V(), 8 * k), true)]),
          byte(")"),
        ]);
      }
      m.addFunction(name, b.createType([b.i32, b.i32]), b.none, t.kind === "array" || t.kind === "map" ? [b.i32] : [], body);
    });
  }
}
