// Ideo's public API: `compile(source) → { wasm, diagnostics }` and `load(sourceOrWasm) → exports`.
// The pipeline, stage by stage: frontend (syntax, names, types) → lower → link → optimize → emit.
import { analyze } from "./frontend.js";
import { binaryen, newModule, optimize } from "./binaryen.js";
import { lowerProgram } from "./lower/program.js";
import { link } from "./link/link.js";
import { CODES, Diagnostic, JsonDiagnostic, LineMap, error, render, toJson } from "./diagnostics.js";
import { instantiate, IdeoFault, Instance } from "./host/instance.js";
import { fromWasm, toPlainJs, toWasm, MarshalError } from "./host/values.js";
import { parseType, Type } from "./types.js";

export type OptLevel = 0 | 1 | 2 | 3 | "s" | "z";

export interface CompileOptions {
  /** Shown in diagnostics and fault messages. */
  file?: string;
  /** Binaryen optimization: 0 none … 3, "s"/"z" for size. Default 2. */
  optimize?: OptLevel;
  /** Also return the module as WebAssembly text. */
  wat?: boolean;
}

export interface CompileResult {
  wasm?: Uint8Array;
  wat?: string;
  diagnostics: Diagnostic[];
  /** Diagnostics rendered for a terminal (source excerpt, carets, hints). */
  render(): string;
  /** Diagnostics as plain objects with file:line:col. */
  json(): JsonDiagnostic[];
}

export const SIGNATURES_SECTION = "ideo.sig";

export async function compile(source: string, options: CompileOptions = {}): Promise<CompileResult> {
  const file = options.file ?? "<input>";
  const result = (diagnostics: Diagnostic[], wasm?: Uint8Array, wat?: string): CompileResult => ({
    wasm, wat, diagnostics,
    render: () => render(diagnostics, source, file),
    json: () => { const lines = new LineMap(source); return diagnostics.map((d) => toJson(d, file, lines)); },
  });
  const front = await analyze(source);
  if (front.diagnostics.some((d) => d.severity === "error") || !front.checked) return result(front.diagnostics);

  const b = await binaryen();
  const m = newModule(b);
  try {
    const lowered = lowerProgram(b, m, front.checked, source);
    link(b, m, { roots: lowered.roots, data: lowered.data, table: lowered.table });
    for (const f of ["rt_alloc", "rt_mark", "rt_reset"]) m.addFunctionExport(f, f);
    // JS builds map arguments through the runtime's own hash table
    if (Object.values(lowered.signatures).some((s) => s.params.some((p) => p.includes("{")))) for (const f of ["rt_map_new", "rt_map_put"]) m.addFunctionExport(f, f);
    m.addGlobalExport("rt_loc", "rt_loc"); // where the host places a stack overflow
    m.addCustomSection(SIGNATURES_SECTION, new TextEncoder().encode(JSON.stringify(lowered.signatures)));
    if (!m.validate()) return result([internal("the generated module does not validate")]);
    optimize(b, m, options.optimize ?? 2);
    b.setDebugInfo(true); // keep the names section
    const wasm = m.emitBinary();
    return result(front.diagnostics, wasm, options.wat ? m.emitText() : undefined); // warnings only
  } catch (e) {
    return result([internal(e instanceof Error ? e.message : String(e))]);
  } finally {
    m.dispose();
  }
}

function internal(message: string): Diagnostic {
  return error("E9000", `internal compiler error: ${message}`, { start: 0, end: 0 }, { suggestions: ["please report this with the program that caused it"] });
}

export interface LoadOptions extends CompileOptions {
  /** Where `print` output goes; default: process.stdout. */
  write?: (text: string) => void;
}

export type Exports = Record<string, (...args: unknown[]) => unknown>;

/** Compile (if given source) and instantiate; exported functions take and return plain JS values. */
export async function load(sourceOrWasm: string | Uint8Array, options: LoadOptions = {}): Promise<Exports> {
  let wasm: Uint8Array;
  if (typeof sourceOrWasm === "string") {
    const r = await compile(sourceOrWasm, options);
    if (!r.wasm) throw new CompileError(r.render(), r.json());
    wasm = r.wasm;
  } else wasm = sourceOrWasm;
  const sigs = readSignatures(wasm);
  const inst = await instantiate(wasm, { write: options.write, file: options.file });
  const out: Exports = {};
  for (const [name, sig] of Object.entries(sigs)) {
    const params = sig.params.map((p) => parseType(p)!);
    const result = parseType(sig.result)!;
    out[name] = (...args: unknown[]) => callExport(inst, name, params, result, args);
  }
  return out;
}

function callExport(inst: Instance, name: string, params: Type[], result: Type, args: unknown[]): unknown {
  if (args.length !== params.length) throw new TypeError(`${name} takes ${params.length} argument${params.length === 1 ? "" : "s"}, given ${args.length}`);
  return inst.scoped(() => {
    const raw = params.map((t, i) => {
      try { return toWasm(inst, t, args[i]); } catch (e) {
        if (e instanceof MarshalError) throw new TypeError(`${name}: argument ${i + 1}: ${e.message}`);
        throw e;
      }
    });
    const value = (inst.exports[name] as (...a: unknown[]) => unknown)(...raw);
    return toPlainJs(fromWasm(inst.memory, result, value));
  });
}

export function readSignatures(wasm: Uint8Array): Record<string, { params: string[]; result: string }> {
  const mod = new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
  const sec = WebAssembly.Module.customSections(mod, SIGNATURES_SECTION)[0];
  return sec ? JSON.parse(new TextDecoder().decode(sec)) : {};
}

export class CompileError extends Error {
  constructor(readonly rendered: string, readonly diagnostics: JsonDiagnostic[]) {
    super(rendered);
    this.name = "CompileError";
  }
}

export { IdeoFault, CODES };
export type { Diagnostic, JsonDiagnostic };
