// The linker: copies the templates a program uses (and everything they import from other
// templates and the runtime) into the output module under their own unique names, places their
// data segments without overlap, and defines the memory, heap base and function table.
import { Binaryen, Module, readModule } from "../binaryen.js";
import { assets } from "../assets.js";
import { align, layoutData } from "../layout.js";

export interface Segment { offset: number; data: Uint8Array }

export interface LinkInput {
  /** Template entry functions the program calls, e.g. ["sort_int", "sum_int"]. */
  roots: string[];
  /** Data the program itself needs (string literals), placed first; offsets are returned. */
  data?: Uint8Array[];
  /** Functions to put in the table for call_indirect, in order. */
  table?: string[];
  /** Where template binaries come from: the compiler's assets (build/templates) by default; tests
   *  assemble from source. */
  load?: (name: string) => Uint8Array;
  /** Who provides what the runtime imports from "env" (output, input, faults, float text): the JS
   *  host (imports left in the module), or the WASI shim linked in their place (runtime/wasi.wat). */
  host?: "js" | "wasi";
}

export interface LinkResult {
  dataOffsets: number[];
  linked: string[];
}

export function link(b: Binaryen, out: Module, input: LinkInput): LinkResult {
  const load = input.load ?? ((name: string) => assets().template(name));
  const segments: Segment[] = [];
  const own = layoutData(input.data ?? []);
  // an all-zero object (a table filled when first needed: ProgramContext.charTable) needs no segment:
  // the memory is the module's own and starts zeroed
  (input.data ?? []).forEach((d, i) => { if (d.some((x) => x !== 0)) segments.push({ offset: own.offsets[i], data: d }); });
  let cursor = own.end;
  const dataOffsets = own.offsets;

  const linked: string[] = [];
  const done = new Set<string>();
  const envImports = new Set<string>();
  const dataGlobals: { name: string; value: number }[] = [];
  // the program's lambdas first, then each template's own (a template written in Ideo has them)
  const table = [...(input.table ?? [])];
  const queue = ["rt", ...input.roots];
  const pendingGlobals: { name: string; type: number; mutable: boolean; init: number | { linkConst: string } ; src: Module }[] = [];
  const mods: Module[] = [];

  while (queue.length) {
    const name = queue.shift()!;
    if (done.has(name)) continue;
    done.add(name);
    linked.push(name);
    const t = readModule(b, load(name)) as any;
    mods.push(t);
    // Data: template segments are written at offset 0 and addressed through `<name>_data`.
    const nseg = t.getNumDataSegments();
    if (nseg > 0) {
      const base = cursor;
      for (let i = 0; i < nseg; i++) {
        const info = t.getDataSegmentInfo(t.getDataSegmentByIndex(i));
        const data = new Uint8Array(info.data);
        segments.push({ offset: base + (info.offset ?? 0), data });
        cursor = Math.max(cursor, align(base + (info.offset ?? 0) + data.length));
      }
      dataGlobals.push({ name: `${name}_data`, value: base });
    }
    // Lambdas: a template's element segment fills the table from `<name>_fns`, placed here.
    for (let i = 0; i < t.getNumElementSegments(); i++) {
      const seg = b.getElementSegmentInfo(t.getElementSegmentByIndex(i));
      dataGlobals.push({ name: `${name}_fns`, value: table.length });
      table.push(...seg.data);
    }
    for (let i = 0; i < t.getNumFunctions(); i++) {
      const f = b.getFunctionInfo(t.getFunctionByIndex(i)) as { name: string; module: string; base: string; params: number; results: number; vars: number[]; body: number };
      if (f.module) {
        // "rt" is always linked; "blocks" names a template; the rest come from outside the module
        if (f.module === "blocks") queue.push(f.base);
        else if (f.module === "env" && input.host === "wasi") queue.push("wasi");
        else if (f.module !== "rt" && !envImports.has(f.name)) {
          envImports.add(f.name);
          out.addFunctionImport(f.name, f.module, f.base, f.params, f.results);
        }
        continue;
      }
      if (out.getFunction(f.name)) continue;
      const fn = out.addFunction(f.name, f.params, f.results, f.vars, out.copyExpression(f.body));
      const src = t.getFunctionByIndex(i);
      const nlocals = b.expandType(f.params).length + f.vars.length;
      for (let l = 0; l < nlocals; l++) {
        const F = (b as any).Function;
        if (F.hasLocalName(src, l)) F.setLocalName(fn, l, F.getLocalName(src, l));
      }
    }
    for (let i = 0; i < t.getNumGlobals(); i++) {
      const g = b.getGlobalInfo(t.getGlobalByIndex(i)) as { name: string; module: string; type: number; mutable: boolean; init: number };
      if (g.module) continue;
      const init = b.getExpressionInfo(g.init) as { id: number; name?: string };
      pendingGlobals.push({
        name: g.name, type: g.type, mutable: g.mutable, src: t,
        init: init.id === b.GlobalGetId ? { linkConst: init.name! } : g.init,
      });
    }
  }

  const heapBase = align(cursor);
  const linkConst = (n: string) => (n === "heap_base" ? heapBase : dataGlobals.find((d) => d.name === n)?.value);
  for (const d of dataGlobals) out.addGlobal(d.name, b.i32, false, out.i32.const(d.value));
  out.addGlobal("heap_base", b.i32, false, out.i32.const(heapBase));
  for (const g of pendingGlobals) {
    if (out.getGlobal(g.name)) continue;
    const init = typeof g.init === "number" ? out.copyExpression(g.init) : out.i32.const(linkConst(g.init.linkConst) ?? 0);
    out.addGlobal(g.name, g.type, g.mutable, init);
  }
  const pages = Math.max(1, Math.ceil((heapBase + 65536) / 65536));
  out.setMemory(pages, 65536, "memory", segments.map((s) => ({ offset: out.i32.const(s.offset), data: s.data, passive: false })), false, false, "memory");
  out.addTable("fns", table.length, table.length);
  if (table.length) out.addActiveElementSegment("fns", "fns_init", table, out.i32.const(0));
  for (const m of mods) m.dispose();
  return { dataOffsets, linked };
}
