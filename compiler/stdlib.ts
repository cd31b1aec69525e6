// Blocks written in Ideo (stdlib/<category>/<name>.ideo) compiled into templates: the same kind of
// binary a WAT room assembles to, so the linker copies it and the property tests run it alike.
// The source's function named after the block is the entry; it is checked at the instantiation's
// types, lowered with the template's names (lower/context.ts, TemplateTarget), and given the
// imports every template may use: the memory, the table, the runtime, and the blocks it calls.
import { readFileSync } from "node:fs";
import { analyzeWith } from "./frontend.js";
import { Binaryen, binaryen, newModule, optimize, readModule } from "./binaryen.js";
import { BlockInfo, Instance, Registry, instanceTypes } from "./blocks/registry.js";
import { assemble } from "./blocks/assemble.js";
import { lowerProgram } from "./lower/program.js";
import { toType } from "./check/unify.js";
import { render } from "./diagnostics.js";
import { RUNTIME_CORE, runtimeWat } from "./blocks/runtime.js";
// a build-time tool in Node: the parser reads its stored lookahead through the Node assets
import "./node-assets.js";
import { Type, sameType, show, wasmOf } from "./types.js";

/** The runtime's functions and their wasm types, read once from its assembled binary. */
let runtimeFns: Promise<{ name: string; params: number; results: number }[]> | undefined;

function runtimeFunctions(b: Binaryen): Promise<{ name: string; params: number; results: number }[]> {
  runtimeFns ??= assemble("rt", runtimeWat(RUNTIME_CORE)).then((bytes) => {
    const m = readModule(b, bytes);
    try {
      const out = [];
      for (let i = 0; i < m.getNumFunctions(); i++) {
        const f = b.getFunctionInfo(m.getFunctionByIndex(i));
        if (!f.module) out.push({ name: f.name, params: f.params, results: f.results });
      }
      return out;
    } finally {
      m.dispose();
    }
  });
  return runtimeFns;
}

const wasmType = (b: Binaryen, t: Type) => ({ i64: b.i64, f64: b.f64, i32: b.i32, none: b.none })[wasmOf(t)];

/** Compile one instantiation of a stdlib block to its template binary. */
export async function compileTemplate(path: string, block: BlockInfo, inst: Instance, registry: Registry): Promise<Uint8Array> {
  const source = readFileSync(path, "utf8");
  const want = instanceTypes(block, inst);
  const paramTypes = { [block.name]: want.params.map(show) };
  const front = analyzeWith(registry, source, { paramTypes });
  const fail = (why: string) => new Error(`${path} (${inst.fn}): ${why}`);
  if (front.diagnostics.some((d) => d.severity === "error") || !front.checked) throw fail(`\n${render(front.diagnostics, source, path)}`);
  const entry = front.checked.fns.get(block.name);
  if (!entry) throw fail(`defines no function '${block.name}'`);
  const got = { params: entry.params.map(toType), result: toType(entry.result) };
  const shown = (s: { params: Type[]; result: Type }) => `(${s.params.map(show).join(", ")}) -> ${show(s.result)}`;
  if (got.params.length !== want.params.length || !got.params.every((t, i) => sameType(t, want.params[i])) || !sameType(got.result, want.result)) {
    throw fail(`'${block.name}' has type ${shown(got)}; the signature wants ${shown(want)}`);
  }

  const b = await binaryen();
  const rt = await runtimeFunctions(b);
  const m = newModule(b);
  try {
    // what the calls it makes can do is taken at its worst (the templates it calls may not be built
    // yet): a template reports no positions of its own, and every loop gets its region
    const lowered = lowerProgram(b, m, front.checked, source, path, () => ({ faults: true, allocates: true, calls: true }), { template: { fn: inst.fn, entry: block.name } });
    // what every template may use: the memory, the table, the runtime (unused imports are removed below)
    const segments: { offset: number; data: Uint8Array }[] = [];
    let at = 0;
    for (const d of lowered.data) { segments.push({ offset: at, data: d }); at = (at + d.length + 7) & ~7; }
    m.setMemory(1, 65536, null, segments.map((s) => ({ offset: m.i32.const(s.offset), data: s.data, passive: false })), false, false, "memory");
    m.addMemoryImport("memory", "link", "memory");
    m.addTableImport("fns", "link", "fns");
    if (segments.length) m.addGlobalImport(`${inst.fn}_data`, "link", `${inst.fn}_data`, b.i32, false);
    if (lowered.table.length) {
      m.addGlobalImport(`${inst.fn}_fns`, "link", `${inst.fn}_fns`, b.i32, false);
      m.addActiveElementSegment("fns", `${inst.fn}_lambdas`, lowered.table, m.global.get(`${inst.fn}_fns`, b.i32));
    }
    for (const f of rt) m.addFunctionImport(f.name, "rt", f.name, f.params, f.results);
    // where the caller called the block: the template's faults report it (lower/base.ts, locOf)
    m.addGlobalImport("rt_loc", "rt", "rt_loc", b.i32, true);
    for (const fn of lowered.roots) {
      const callee = registry.blocks.find((x) => x.instances.some((i) => i.fn === fn))!;
      const t = instanceTypes(callee, callee.instances.find((i) => i.fn === fn)!);
      m.addFunctionImport(fn, "blocks", fn, b.createType(t.params.map((p) => wasmType(b, p))), wasmType(b, t.result));
    }
    m.addFunctionExport(inst.fn, inst.fn);
    if (!m.validate()) throw fail("the lowered template does not validate");
    optimize(b, m, 2);
    m.removeExport(inst.fn);
    b.setDebugInfo(true);
    return nameImports(m.emitBinary());
  } finally {
    m.dispose();
  }
}

// ---------------------------------------------------------------- the names of imports

/** Binaryen writes no names for imports, and the linker finds what a template imports by name
 *  (rules.ts): name each imported function, table, memory and global after its field name in the
 *  binary's "name" section. */
export function nameImports(bytes: Uint8Array): Uint8Array {
  const sections = parts(bytes, 8);
  // import kind (function, table, memory, global) -> the name subsection that names its kind
  const SUB = [1, 5, 6, 7];
  const imported: string[][] = [[], [], [], []];
  const imports = sections.find((s) => s.id === 2);
  if (imports) {
    const ir = new Reader(imports.body);
    for (let n = ir.u32(); n > 0; n--) {
      ir.name();
      const field = ir.name(), kind = ir.byte();
      if (kind > 3) throw new Error(`an import of kind ${kind} in a template`);
      imported[kind].push(field);
      if (kind === 0) ir.u32();
      else if (kind === 1) { ir.byte(); ir.limits(); }
      else if (kind === 2) ir.limits();
      else { ir.byte(); ir.byte(); }
    }
  }
  if (imported.every((xs) => !xs.length)) return bytes;
  let names = sections.find((s) => s.id === 0 && new Reader(s.body).name() === "name");
  if (!names) sections.push(names = { id: 0, body: str("name") });
  const subs = parts(names.body, str("name").length);
  imported.forEach((fields, kind) => {
    if (!fields.length) return;
    const id = SUB[kind];
    let sub = subs.find((s) => s.id === id);
    if (!sub) { sub = { id, body: u32(0) }; subs.push(sub); subs.sort((a, b) => a.id - b.id); }
    // imports come first in each index space: their entries go before the defined ones'
    const r = new Reader(sub.body);
    const entries = fields.map((field, i) => concat([u32(i), str(field)]));
    for (let n = r.u32(); n > 0; n--) {
      const start = r.at, idx = r.u32();
      r.name();
      if (idx >= fields.length) entries.push(sub.body.subarray(start, r.at));
    }
    sub.body = concat([u32(entries.length), ...entries]);
  });
  names.body = concat([str("name"), ...subs.map(section)]);
  return concat([bytes.subarray(0, 8), ...sections.map(section)]);
}

/** The sections (or name subsections) from `at` on: an id byte, a size, a body. */
function parts(bytes: Uint8Array, at: number): { id: number; body: Uint8Array }[] {
  const r = new Reader(bytes), out = [];
  r.at = at;
  while (r.at < bytes.length) {
    const id = r.byte(), size = r.u32();
    out.push({ id, body: bytes.subarray(r.at, r.at + size) });
    r.at += size;
  }
  return out;
}

const section = (s: { id: number; body: Uint8Array }) => concat([Uint8Array.of(s.id), u32(s.body.length), s.body]);

class Reader {
  at = 0;
  constructor(private bytes: Uint8Array) {}
  byte(): number { return this.bytes[this.at++]; }
  u32(): number {
    let v = 0, shift = 0, b: number;
    do { b = this.byte(); v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return v;
  }
  name(): string {
    const n = this.u32();
    const s = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
  limits(): void { const flags = this.byte(); this.u32(); if (flags & 1) this.u32(); }
}

function u32(v: number): Uint8Array {
  const out: number[] = [];
  do { let b = v & 0x7f; v = Math.floor(v / 128); if (v) b |= 0x80; out.push(b); } while (v);
  return Uint8Array.from(out);
}

const str = (s: string) => { const b = new TextEncoder().encode(s); return concat([u32(b.length), b]); };

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
