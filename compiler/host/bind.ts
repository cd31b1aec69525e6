// An instance's exports as JS functions that take and return plain JS values, marshalled by each
// export's signature. load() uses it, and so does every module built with --js (bundle.ts).
import { parseType, Type } from "../types.js";
import { fromWasm, toPlainJs, toWasm, MarshalError } from "./values.js";
import type { FileStart, Instance, Signature } from "./instance.js";

export type Exports = Record<string, (...args: unknown[]) => unknown>;

/** Every export of the signatures, bound to the instance. */
export function bindExports(inst: Instance, signatures: Record<string, Signature>): Exports {
  const out: Exports = Object.create(null); // an export named `constructor` or `toString` is just that
  for (const [name, sig] of Object.entries(signatures)) out[name] = exportedFunction(inst, name, sig);
  return out;
}

/** One export as a JS function. A generic export (its parameter types left open by the program) was
 *  compiled for default types: other arguments are refused with what to do instead. */
export function exportedFunction(inst: Instance, name: string, sig: Signature): Exports[string] {
  const params = sig.params.map((p) => parseType(p)), result = parseType(sig.result);
  // a function value cannot cross: say so when the export is called, since Ideo callers may use it
  const crossesNot = (t: Type | undefined) => !t || t.kind === "fn";
  const fnAt = params.findIndex(crossesNot);
  if (fnAt >= 0) return () => { throw new TypeError(`${name}: parameter ${fnAt + 1} is a function (${sig.params[fnAt]}), which cannot be passed from JS`); };
  if (crossesNot(result)) return () => { throw new TypeError(`${name} returns a function (${sig.result}), which cannot be passed to JS`); };
  const generic = sig.generic ? ` (${name} was compiled for (${sig.params.join(", ")}); for other argument types load its source, which compiles it again, or annotate its parameters)` : "";
  return (...args: unknown[]) => callExport(inst, name, params as Type[], result!, args, generic);
}

function callExport(inst: Instance, name: string, params: Type[], result: Type, args: unknown[], generic: string): unknown {
  if (args.length !== params.length) throw new TypeError(`${name} takes ${params.length} argument${params.length === 1 ? "" : "s"}, given ${args.length}`);
  return inst.scoped(() => {
    const raw = params.map((t, i) => {
      try { return toWasm(inst, t, args[i]); } catch (e) {
        if (e instanceof MarshalError) throw new TypeError(`${name}: argument ${i + 1}: ${e.message}${generic}`);
        throw e;
      }
    });
    const value = (inst.exports[name] as (...a: unknown[]) => unknown)(...raw);
    return toPlainJs(fromWasm(inst.memory, result, value));
  });
}

/** The custom sections a compiled module carries for its hosts (written by compiler/index.ts). */
export const SECTIONS = {
  /** Each export's signature (lower/program.ts). */
  signatures: "ideo.sig",
  /** Each host function's (`extern`) signature, when the program declares any. */
  host: "ideo.host",
  /** A multi-file program's files and the line each starts at, in the numbering fault positions use. */
  files: "ideo.files",
} as const;

export interface ModuleInfo { signatures: Record<string, Signature>; host?: Record<string, Signature>; files?: FileStart[] }

/** What a module's sections say: its exports, its host functions, its files. */
export function moduleInfo(wasm: Uint8Array | WebAssembly.Module): ModuleInfo {
  const mod = wasm instanceof WebAssembly.Module ? wasm : new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
  const read = (name: string) => {
    const sec = WebAssembly.Module.customSections(mod, name)[0];
    // parsed into objects without a prototype: an export named `__proto__` stays an export
    return sec ? JSON.parse(new TextDecoder().decode(sec), (_, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.assign(Object.create(null), v) : v)) : undefined;
  };
  return { signatures: read(SECTIONS.signatures) ?? {}, host: read(SECTIONS.host), files: read(SECTIONS.files) };
}
