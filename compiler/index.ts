// Ideo's public API: `compile(source) → { wasm, diagnostics }` and `load(sourceOrWasm) → exports`.
// The pipeline, stage by stage: frontend (syntax, names, types) → lower → link → optimize → emit.
// In Node, build/ supplies the registry index and templates (node-assets.ts); the playground's bundle
// puts its own assets in that file's place.
import "./node-assets.js";
import { Analysis, analyzeWith } from "./frontend.js";
import { Binaryen, binaryen, emitWithCallSites, loadedBinaryen, newModule, optimize } from "./binaryen.js";
import { loadRegistry, loadedRegistry } from "./blocks/registry.js";
import { lowerProgram } from "./lower/program.js";
import { link } from "./link/link.js";
import { addStart, faultTexts } from "./link/wasi.js";
import type { Files } from "./imports.js";
import { effectsOf } from "./link/effects.js";
import { AbiNeeds, dropUnusedMemory, exportRuntime } from "./link/abi.js";
import { CODES, Diagnostic, JsonDiagnostic, LineMap, error, render, toJson } from "./diagnostics.js";
import { SANDBOX_LIMITS, instantiate, instantiateSync, IdeoFault, HostImportError, HostOptions, Signature } from "./host/instance.js";
import { bindExports, exportedFunction, Exports, ModuleInfo, moduleInfo, SECTIONS } from "./host/bind.js";
import { nodes } from "./syntax/walk.js";
import { anyElementTypes, anyParamTypes, paramTypesFor } from "./host/generic.js";
import { buildsMaps } from "./host/values.js";
import { isHeap, parseType } from "./types.js";

export type OptLevel = 0 | 1 | 2 | 3 | "s" | "z";

export interface CompileOptions {
  /** Shown in diagnostics and fault messages. */
  file?: string;
  /** Binaryen optimization: 0 none … 3, "s"/"z" for size. Default 2. */
  optimize?: OptLevel;
  /** Also return the module as WebAssembly text. */
  wat?: boolean;
  /** Fixed parameter types for some functions (`{ f: ["[str]"] }`), as `load()` uses for a generic export. */
  paramTypes?: Record<string, string[]>;
  /** Also report the style lints (compiler/lint): what `ideo check` shows, and the eval loop. */
  style?: boolean;
  /** Also report W0002, parameters compiled for a guessed type: for modules used without their
   *  source (`ideo build`), where no second compile can follow. */
  guesses?: boolean;
  /** The files `import` reads, found relative to `file`: their texts by path, or a function that
   *  reads one (`ideo` reads the disk). */
  files?: Files;
  /** Who runs the module: a JS host (load(), the --js wrapper), or any WASI host, the module
   *  then printing, reading and failing through wasi_snapshot_preview1 itself (`ideo build --wasi`). */
  target?: "js" | "wasi";
  /** Compile in the checks a fuel budget needs (load()'s `fuel`): loops, recursive calls and block
   *  calls spend it. They cost time (docs/language.md, "Limits"), so they are asked for. */
  fuel?: boolean;
  /** The functions the module exports to its host (default: every one). The others stay inside,
   *  where the optimizer may inline them into their callers and drop them. */
  exports?: string[];
}

export interface CompileResult {
  wasm?: Uint8Array;
  wat?: string;
  /** With a module: its exports' and host functions' signatures, parameter names too (`ideo build
   *  --dts` names parameters with them; the module's sections keep the types only). */
  signatures?: { exports: Record<string, Signature>; host: Record<string, Signature> };
  diagnostics: Diagnostic[];
  /** Diagnostics rendered for a terminal (source excerpt, carets, hints). */
  render(): string;
  /** Diagnostics as plain objects with file:line:col. */
  json(): JsonDiagnostic[];
}

export const SIGNATURES_SECTION = SECTIONS.signatures;

const frontOptions = (o: CompileOptions) => ({ paramTypes: o.paramTypes, style: o.style, guesses: o.guesses, file: o.file, files: o.files });

/** Load what compiling needs (the block registry, Binaryen) ahead of the first compile. */
export async function prepare(): Promise<void> {
  await Promise.all([loadRegistry(), binaryen()]);
}

export async function compile(source: string, options: CompileOptions = {}): Promise<CompileResult> {
  const front = analyzeWith(await loadRegistry(), source, frontOptions(options));
  return emit(front.diagnostics.some((d) => d.severity === "error") ? undefined : await binaryen(), front, source, options);
}

/** `compile`, synchronously, once a compile has loaded the registry and Binaryen: how `load()`'s
 *  exports compile a generic function again for the arguments a caller passes. */
export function compileSync(source: string, options: CompileOptions = {}): CompileResult {
  const registry = loadedRegistry(), b = loadedBinaryen();
  if (!registry || !b) throw new Error("compileSync needs a compile() first");
  return emit(b, analyzeWith(registry, source, frontOptions(options)), source, options);
}

function emit(b: Binaryen | undefined, front: Analysis, source: string, options: CompileOptions): CompileResult {
  const file = options.file ?? "<input>";
  const result = (diagnostics: Diagnostic[], wasm?: Uint8Array, wat?: string, signatures?: CompileResult["signatures"]): CompileResult => ({
    wasm, wat, diagnostics, signatures,
    render: () => render(diagnostics, source, file, front.files),
    json: () => { const lines = new LineMap(source); return diagnostics.map((d) => toJson(d, file, lines, front.files)); },
  });
  if (!b || front.diagnostics.some((d) => d.severity === "error") || !front.checked) return result(front.diagnostics);
  const wasi = options.target === "wasi";
  if (wasi) {
    const problems = wasiProblems(front.checked);
    if (problems.length) return result([...front.diagnostics, ...problems]);
  }
  const unknown = options.exports ? unknownExports(front.checked, options.exports) : [];
  if (unknown.length) return result([...front.diagnostics, ...unknown]);

  const m = newModule(b);
  try {
    // a program of several files numbers its lines through all of them (imports.ts)
    const lowered = lowerProgram(b, m, front.checked, front.text ?? source, file, (fn) => effectsOf(fn), { fuel: options.fuel === true, exports: options.exports && new Set(options.exports) });
    const files = front.files?.map((f) => ({ file: f.start ? f.name : (options.file ?? ""), line: f.line }));
    const data = wasi ? [...lowered.data, faultTexts(files ?? [{ file: options.file ?? "", line: 1 }])] : lowered.data;
    const linked = link(b, m, { roots: wasi ? [...lowered.roots, "wasi"] : lowered.roots, data, table: lowered.table, host: options.target });
    const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    let abi: AbiNeeds | undefined;
    if (wasi) {
      m.addGlobal("wasi_text", b.i32, false, m.i32.const(linked.dataOffsets[data.length - 1]));
      const main = front.checked.fns.get("main")!;
      addStart(b, m, main.params.length > 0, m.getFunction("fn_main") ? b.getFunctionInfo(m.getFunction("fn_main")).results : b.none);
    } else {
      // what JS writes into memory: arguments, host functions' results (maps through the runtime's own hash table)
      const crossing = [...Object.values(lowered.signatures).flatMap((s) => s.params), ...Object.values(lowered.host).map((s) => s.result)].map((p) => parseType(p)!);
      abi = { alloc: crossing.some(isHeap), maps: crossing.some(buildsMaps), fuel: options.fuel === true };
      if (Object.keys(lowered.host).length) m.addCustomSection(SECTIONS.host, json(typesOnly(lowered.host)));
      if (files) m.addCustomSection(SECTIONS.files, json(files));
    }
    m.addCustomSection(SIGNATURES_SECTION, json(typesOnly(lowered.signatures)));
    if (!m.validate()) return result([internal("the generated module does not validate")]);
    if (abi) exportRuntime(b, m, abi);
    optimize(b, m, options.optimize ?? 2, setsInOneBlock(front.program));
    // what JS reads from memory: results, host functions' arguments (a str result may be a constant
    // address in data the code itself never reads: `"abc"` as main's last line)
    const read = [...Object.values(lowered.signatures).map((s) => s.result), ...Object.values(lowered.host).flatMap((s) => s.params)];
    if (abi && !read.some((t) => { const p = parseType(t); return !!p && isHeap(p); })) dropUnusedMemory(m);
    b.setDebugInfo(true); // keep the names section
    const wasm = emitWithCallSites(m);
    // a valid module can still pass an engine's limits (50,000 locals in one function, in V8)
    if (!WebAssembly.validate(wasm as Uint8Array<ArrayBuffer>)) return result([tooLargeForEngines(b, m, wasm)]);
    return result(front.diagnostics, wasm, options.wat ? m.emitText() : undefined, { exports: lowered.signatures, host: lowered.host }); // warnings only
  } catch (e) {
    if (globalThis.process?.env.IDEO_TRACE) console.error(e);
    return result([internal(e instanceof Error ? e.message : String(e))]);
  } finally {
    m.dispose();
  }
}

/** Why the engine refuses a module Binaryen validated: past one of its limits. */
function tooLargeForEngines(b: Binaryen, m: ReturnType<typeof newModule>, wasm: Uint8Array): Diagnostic {
  const fns = Array.from({ length: m.getNumFunctions() }, (_, i) => b.getFunctionInfo(m.getFunctionByIndex(i)));
  const most = fns.reduce((a, f) => (f.vars.length > a.vars.length ? f : a), fns[0]);
  let why = "";
  if (most && most.vars.length > MAX_ENGINE_LOCALS) why = `: function '${most.name.replace(/^fn_/, "")}' needs ${most.vars.length} locals, and engines take ${MAX_ENGINE_LOCALS}`;
  else try { new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>); } catch (e) { why = e instanceof Error ? `: ${e.message.replace(/^WebAssembly\.Module\(\): /, "")}` : ""; }
  return error(CODES.tooLong, `the program compiles to a module too large for WebAssembly engines${why}`, { start: 0, end: 0 }, { suggestions: ["split long functions into smaller ones"] });
}

/** V8's limit on the locals of one function. */
const MAX_ENGINE_LOCALS = 50_000;

/** Signatures as the sections keep them: types only (parameter names are for declarations,
 *  CompileResult.signatures). */
function typesOnly(sigs: Record<string, Signature>): Record<string, Signature> {
  return Object.fromEntries(Object.entries(sigs).map(([k, { names: _, ...types }]) => [k, types]));
}

/** What a WASI module cannot have: no main to start, or host functions, which need JS. */
function wasiProblems(checked: NonNullable<Analysis["checked"]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!checked.fns.get("main") || checked.fns.get("main")!.decl.host) {
    out.push(error(CODES.noMain, "a module for WASI starts at main, and the program has none", { start: 0, end: 0 }, { suggestions: ["write `fn main` (or statements outside any function), or build for JS without --wasi"] }));
  }
  for (const f of checked.fns.values()) {
    if (f.decl.host) out.push(error(CODES.wasiHost, `'${f.decl.name}' is a host function, which needs a JS host: a WASI module has none`, f.decl.nameSpan, { suggestions: ["build without --wasi and load the module from JS (load(), or the --js wrapper) with `imports`"] }));
  }
  return out;
}

/** Names `exports` asks for that no function of the program has (a host function is the host's own). */
function unknownExports(checked: NonNullable<Analysis["checked"]>, names: string[]): Diagnostic[] {
  const fns = [...checked.fns.values()].filter((f) => !f.decl.host).map((f) => f.decl.name);
  return names.filter((n) => !fns.includes(n)).map((n) => error(CODES.unknownExport, `no function '${n}' to export`, { start: 0, end: 0 }, {
    suggestions: [fns.length ? `the program's functions: ${fns.join(", ")}` : "the program defines no function: its statements form main"],
  }));
}

/** The most assignments in one block of the program (a loop's body as much as a function's). */
function setsInOneBlock(program: Analysis["program"]): number {
  let most = 0;
  for (const f of program.fns) {
    for (const n of nodes(f.body)) if ("stmts" in n) most = Math.max(most, n.stmts.filter((s) => s.kind === "assign").length);
  }
  return most;
}

function internal(message: string): Diagnostic {
  return error(CODES.internal, `internal compiler error: ${message}`, { start: 0, end: 0 }, { suggestions: ["please report this with the program that caused it"] });
}

export interface LoadOptions extends Omit<CompileOptions, "fuel"> {
  /** When loading compiled bytes: the source they came from, so generic exports can compile again. */
  source?: string;
  /** Where `print` output goes; default: process.stdout. */
  write?: (text: string) => void;
  /** What the program's `stdin` reads: text, bytes, or a function that fills a buffer and gives the
   *  number of bytes it wrote (0 at the end). Default: an empty input. */
  stdin?: HostOptions["stdin"];
  /** The JS functions the program declares with `extern`, by name. */
  imports?: Record<string, unknown>;
  /** What one call of an export may spend: a unit per loop turn and per call of a recursive
   *  function, 8 per element (or string byte) given to a block, 1 per 8 bytes a call allocates; past
   *  it the call throws an IdeoFault "out of fuel at file:line:col". A whole number, or Infinity.
   *  Default: none, and no fuel checks compiled in (SANDBOX_LIMITS has the CLI's). */
  fuel?: number | bigint;
  /** The most bytes the module's memory may grow to; past it an allocation throws an IdeoFault
   *  "out of memory at file:line:col". Default: 4 GiB, wasm32's limit. */
  maxMemory?: number;
}

export type { Exports };

/** Compile (if given source) and instantiate; exported functions take and return plain JS values. */
export async function load(sourceOrWasm: string | Uint8Array, options: LoadOptions = {}): Promise<Exports> {
  let wasm: Uint8Array;
  const source = typeof sourceOrWasm === "string" ? sourceOrWasm : options.source;
  if (typeof sourceOrWasm === "string") {
    const r = await compile(sourceOrWasm, compileOptions(options));
    if (!r.wasm) throw new CompileError(r.render(), r.json());
    wasm = r.wasm;
  } else wasm = sourceOrWasm;
  const info = moduleInfo(wasm);
  // a generic export compiles again synchronously, from the registry and Binaryen loaded here
  if (source !== undefined && Object.values(info.signatures).some((s) => s.generic)) await Promise.all([loadRegistry(), binaryen()]);
  const inst = await instantiate(wasm, hostOptions(info, options));
  const out = bindExports(inst, info.signatures);
  for (const [name, sig] of Object.entries(info.signatures)) {
    if (sig.generic && source !== undefined) out[name] = generic(name, sig, out[name], source, options);
  }
  return out;
}

/** load()'s options as compile() takes them: a fuel budget needs the checks compiled in. */
function compileOptions(options: LoadOptions): CompileOptions {
  return { ...options, fuel: options.fuel !== undefined };
}

/** What the host needs of load()'s options: output, input, the file for fault messages, the host
 *  functions, the limits. */
function hostOptions(info: ModuleInfo, options: LoadOptions): HostOptions {
  return { write: options.write, file: options.file, stdin: options.stdin, files: info.files, host: info.host && { signatures: info.host, functions: options.imports }, fuel: options.fuel, maxMemory: options.maxMemory };
}

const MAX_VARIANTS = 32;

/** A generic export: the default compile for arguments that fit it, and for other argument types
 *  the program compiled again with this function's parameter types fixed (host/generic.ts). */
function generic(name: string, sig: Signature, call: Exports[string], source: string, options: LoadOptions): Exports[string] {
  const variants = new Map<string, Exports[string]>();
  const fn = sig.fn ?? name;
  const params = sig.params.map((p) => parseType(p)!);
  return (...args: unknown[]) => {
    const want = args.length === params.length ? paramTypesFor(sig.generic!, params, args) : undefined;
    const key = want?.join(", ");
    if (!want || key === sig.params.join(", ")) return call(...args);
    let f = variants.get(key!);
    if (!f) {
      // each compile keeps an instance and its memory: a caller cycling through types is stopped
      if (variants.size >= MAX_VARIANTS) throw new TypeError(`${name} was already compiled for ${MAX_VARIANTS} different argument types; annotate its parameters`);
      let r = compileSync(source, { ...compileOptions(options), paramTypes: { [fn]: want } });
      // the types the values show may not check where the function reads mixed values: then its
      // open parts as any, then the values' shapes with any elements
      for (const loose of [anyParamTypes(sig.generic!), anyElementTypes(args)]) {
        if (r.wasm || !loose || loose.join(", ") === key) continue;
        const mixed = compileSync(source, { ...compileOptions(options), paramTypes: { [fn]: loose } });
        if (mixed.wasm) r = mixed;
      }
      if (!r.wasm) {
        const why = r.diagnostics.find((d) => d.severity === "error")?.message ?? "it does not compile";
        f = () => { throw new TypeError(`${name} cannot take (${key}): ${why}`); };
      } else {
        const info = moduleInfo(r.wasm);
        f = exportedFunction(instantiateSync(r.wasm, hostOptions(info, options)), name, info.signatures[name]);
      }
      variants.set(key!, f);
    }
    return f(...args);
  };
}

export function readSignatures(wasm: Uint8Array): Record<string, Signature> {
  return moduleInfo(wasm).signatures;
}

export class CompileError extends Error {
  constructor(readonly rendered: string, readonly diagnostics: JsonDiagnostic[]) {
    super(rendered);
    this.name = "CompileError";
  }
}

export { IdeoFault, HostImportError, CODES, SANDBOX_LIMITS };
export { LANGUAGE_VERSION, CARD_VERSION } from "./version.js";
export type { Diagnostic, JsonDiagnostic };
