// Instantiating an Ideo module: the few host functions the runtime imports (fault, write, read,
// float formatting), the program's own host functions (`extern`), and turning a fault into a JS
// Error that names it and its source location. No compiler here: modules built with --js carry
// this file (and values.ts, bind.ts) inside them (bundle.ts).
import { FAULTS, faultByCode, placeWord, unpackLoc } from "../faults.js";
import { CALL_SITES_SECTION, decodeCallSites } from "../sections.js";
import { parseType, Type } from "../types.js";
import { fromWasm, toPlainJs, toWasm, MarshalError } from "./values.js";

export class IdeoFault extends Error {
  constructor(readonly fault: string, readonly code: number, readonly line: number, readonly col: number, file?: string) {
    super(line > 0 ? `${faultByCode(code).message} ${placeWord(code)} ${file ? `${file}:` : ""}${line}:${col}` : faultByCode(code).message);
    this.name = "IdeoFault";
  }
}

/** A host function the program declares with `extern` that the JS host did not pass as a function
 *  (E0504), placed at the declaration's name, in its file. */
export class HostImportError extends TypeError {
  /** CODES.hostMissing, written out: the table of codes would add 3 KB to every --js wrapper. */
  readonly code = "E0504";
  constructor(message: string, readonly fn: string, readonly file: string | undefined, readonly line: number, readonly col: number) {
    super(message);
    this.name = "HostImportError";
  }
}

/** An export's or a host function's entry in the `ideo.sig` or `ideo.host` section (lower/program.ts);
 *  a host function's `line` and `col` are its declaration's, in the compiled numbering of lines. */
export interface Signature { params: string[]; result: string; names?: string[]; generic?: string[]; fn?: string; line?: number; col?: number }

/** Where a file of a multi-file program starts in the compiled numbering of lines (`ideo.files`). */
export interface FileStart { file: string; line: number }

export interface HostOptions {
  /** Receives program output (`print`); default: process.stdout, or console.log line by line. */
  write?: (text: string) => void;
  /** What `stdin` reads: text, bytes, or a function that fills a buffer and gives how many bytes it
   *  wrote (0 at the end, as a read of a file does). Default: nothing, an empty input. */
  stdin?: string | Uint8Array | ((buffer: Uint8Array) => number);
  file?: string;
  /** The files of a multi-file program, for fault positions: each with its first line. */
  files?: FileStart[];
  /** The program's host functions (`extern` declarations): their signatures, and the JS functions. */
  host?: { signatures: Record<string, Signature>; functions?: Record<string, unknown> };
  /** What one call from JS may spend (lower/base.ts): a unit per loop turn and per call of a
   *  recursive function, 8 per element given to a block, 1 per 8 bytes allocated. Past it the call
   *  stops with an "out of fuel" fault. Needs a module compiled with fuel. Default: no limit. */
  fuel?: number | bigint;
  /** The most bytes the module's memory may grow to (rounded down to 64 KiB pages); an allocation
   *  past it is an "out of memory" fault. Default: wasm32's 4 GiB. */
  maxMemory?: number;
}

/** Limits for programs run on someone's behalf — `ideo run`, the MCP server, the eval workers — so a
 *  runaway loop or allocation stops within seconds (docs/language.md, "Limits"). */
export const SANDBOX_LIMITS = { fuel: 1_000_000_000, maxMemory: 1024 * 1024 * 1024 } as const;

const NO_FUEL_LIMIT = 2n ** 63n - 1n;

/** The fuel global's value for a budget: a whole number of units, Infinity (or none) for no limit. */
function fuelBudget(fuel: number | bigint | undefined): bigint {
  if (fuel === undefined || fuel === Infinity) return NO_FUEL_LIMIT;
  if (typeof fuel === "number" ? !Number.isInteger(fuel) || fuel < 0 : fuel < 0n) throw new RangeError(`fuel must be a whole number, 0 or more (not ${String(fuel)})`);
  const f = BigInt(fuel);
  return f > NO_FUEL_LIMIT ? NO_FUEL_LIMIT : f;
}

export interface Instance {
  exports: Record<string, any>;
  memory: WebAssembly.Memory;
  alloc: (bytes: number) => number;
  mapNew?: () => number;
  mapPut?: (map: number, kind: number, key: bigint) => number;
  /** Run fn, then release the memory it allocated (its results must have been read inside). */
  scoped<T>(fn: () => T): T;
  /** Run fn, turning the engine's stack overflow into an IdeoFault. */
  guard<T>(fn: () => T): T;
}

const dec = new TextDecoder("utf-8", { ignoreBOM: true });

export async function instantiate(wasm: Uint8Array | WebAssembly.Module, opts: HostOptions = {}): Promise<Instance> {
  const host = imports(opts);
  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
  return host.wrap(module, await WebAssembly.instantiate(module, host.imports));
}

/** The same, synchronously (Node compiles modules of any size on the main thread). */
export function instantiateSync(wasm: Uint8Array, opts: HostOptions = {}): Instance {
  const host = imports(opts);
  const module = new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
  return host.wrap(module, new WebAssembly.Instance(module, host.imports));
}

function imports(opts: HostOptions): { imports: WebAssembly.Imports; wrap: (module: WebAssembly.Module, instance: WebAssembly.Instance) => Instance } {
  let memory!: WebAssembly.Memory;
  let wrapped!: Instance;
  const write = opts.write ?? defaultWrite();
  const read = reader(opts.stdin);
  const env = {
    fault(code: number, loc: number) {
      throw fault(code, loc >>> 0, opts);
    },
    write(ptr: number, len: number) {
      write(dec.decode(new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0)));
    },
    read(ptr: number, len: number): number {
      return read(new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0));
    },
    fmt_f64(x: number, ptr: number): number {
      const bytes = new TextEncoder().encode(reprDigits(x));
      new Uint8Array(memory.buffer, ptr >>> 0, bytes.length).set(bytes);
      return bytes.length;
    },
  };
  const wrap = (module: WebAssembly.Module, instance: WebAssembly.Instance) => {
    wrapped = wrapInstance(module, instance, opts);
    memory = wrapped.memory; // what write() reads from
    return wrapped;
  };
  const host = opts.host ? hostFunctions(opts.host, opts, () => wrapped) : undefined;
  return { imports: host ? { env, host } : { env }, wrap };
}

/** A fault's code and packed position as an IdeoFault, placed in its file of a multi-file program. */
function fault(code: number, loc: number, opts: HostOptions): IdeoFault {
  const { line, col } = unpackLoc(loc);
  const at = place(line, opts);
  return new IdeoFault(faultByCode(code).name, code, at.line, col, at.file);
}

/** A line of the compiled numbering as a file of the program and a line of that file. */
function place(line: number, opts: HostOptions): { file?: string; line: number } {
  const at = line > 0 ? opts.files?.filter((f) => f.line <= line).at(-1) : undefined;
  return at ? { file: at.file || opts.file, line: line - at.line + 1 } : { file: opts.file, line };
}

/** Where print goes by default: Node's stdout, else (a browser) the console, a line at a time. */
function defaultWrite(): (text: string) => void {
  const stdout = (globalThis as { process?: { stdout?: { write(t: string): void } } }).process?.stdout;
  if (stdout) return (t) => stdout.write(t);
  let line = "";
  return (t) => {
    const parts = (line + t).split("\n");
    line = parts.pop()!;
    for (const p of parts) console.log(p);
  };
}

/** `stdin` as a function that fills a buffer: from the given text or bytes, or a caller's reader. */
function reader(stdin: HostOptions["stdin"]): (buffer: Uint8Array) => number {
  if (typeof stdin === "function") return stdin;
  let rest = typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin ?? new Uint8Array(0);
  return (buffer) => {
    const n = Math.min(buffer.length, rest.length);
    buffer.set(rest.subarray(0, n));
    rest = rest.subarray(n);
    return n;
  };
}

/** The program's `extern` functions as wasm imports: arguments read from memory into plain JS values,
 *  the JS function's result written back by its declared type. A missing one is named at load. */
function hostFunctions(host: NonNullable<HostOptions["host"]>, opts: HostOptions, instance: () => Instance): Record<string, (...raw: unknown[]) => unknown> {
  const out: Record<string, (...raw: unknown[]) => unknown> = {};
  for (const [name, sig] of Object.entries(host.signatures)) {
    const fn = host.functions?.[name];
    if (typeof fn !== "function") throw missingHost(name, sig, fn, opts);
    const params: Type[] = sig.params.map((p) => parseType(p)!), result = parseType(sig.result)!;
    out[name] = (...raw: unknown[]) => {
      const inst = instance();
      const value = fn(...params.map((t, i) => toPlainJs(fromWasm(inst.memory, t, raw[i]))));
      if (result.kind === "unit") return undefined;
      try { return toWasm(inst, result, value); } catch (e) {
        if (e instanceof MarshalError) throw new TypeError(`host function ${name} must return ${sig.result}: ${e.message}`);
        throw e;
      }
    };
  }
  return out;
}

function missingHost(name: string, sig: Signature, given: unknown, opts: HostOptions): HostImportError {
  const at = place(sig.line ?? 0, opts), col = sig.col ?? 0;
  const where = at.line > 0 ? ` at ${at.file ? `${at.file}:` : ""}${at.line}:${col}` : "";
  const shown = `extern ${name}(${sig.params.join(", ")})${sig.result === "unit" ? "" : ` -> ${sig.result}`}${where}`;
  const message = given === undefined
    ? `the program declares ${shown}: pass it as imports: { ${name}: … }`
    : `imports.${name} must be a function (the program declares ${shown}), not ${given === null ? "null" : typeof given}`;
  return new HostImportError(message, name, at.file, at.line, col);
}

/** Where a stack overflow happened: the innermost call of a program function on the engine's
 *  stack that the module's call-site table knows, else the last position the code stored. */
function overflowLoc(e: Error, sites: () => Map<number, number>, stored: number): number {
  for (const offset of wasmOffsets(e)) {
    const loc = sites().get(offset);
    if (loc !== undefined) return loc;
  }
  return stored;
}

/** The code offsets of the wasm frames of an error's stack, innermost first. They are read from
 *  the engine's frames rather than from the formatted text, which test runners and source-map
 *  tools rewrite; a wasm frame's column is its offset in the module, plus one. */
function wasmOffsets(e: Error): number[] {
  const prev = Error.prepareStackTrace;
  let frames: NodeJS.CallSite[] | undefined;
  Error.prepareStackTrace = (_e, callSites) => { frames = callSites; return ""; };
  try { void e.stack; } finally { Error.prepareStackTrace = prev; }
  if (frames) return frames.filter((f) => f.getFileName()?.startsWith("wasm://")).map((f) => (f.getColumnNumber() ?? 1) - 1);
  return [...String(e.stack).matchAll(/wasm-function\[\d+\]:0x([0-9a-f]+)/g)].map((m) => parseInt(m[1], 16)); // formatted already
}

function wrapInstance(module: WebAssembly.Module, instance: WebAssembly.Instance, opts: HostOptions): Instance {
  const ex = instance.exports as Record<string, any>;
  // a module exports only the runtime it uses (compiler/link/abi.ts): one that touches no memory
  // has none, and one that allocates nothing no allocator, nor a heap to free after a call
  const memory = (ex.memory as WebAssembly.Memory | undefined) ?? new WebAssembly.Memory({ initial: 0 });
  const alloc = (n: number) => {
    if (!ex.rt_alloc) throw new TypeError("this module takes no values that live in memory: it exports no allocator");
    return (ex.rt_alloc as (n: number) => number)(n) >>> 0;
  };
  const fuel = fuelBudget(opts.fuel);
  if (opts.fuel !== undefined && !ex.rt_fuel_set) throw new TypeError("this module was compiled without fuel checks: compile it with { fuel: true } to give it a fuel budget");
  if (opts.maxMemory !== undefined) {
    if (!(opts.maxMemory >= 0)) throw new RangeError(`maxMemory must be a number of bytes, 0 or more (not ${String(opts.maxMemory)})`);
    if (ex.rt_max_pages) (ex.rt_max_pages as WebAssembly.Global).value = Math.min(65536, Math.floor(opts.maxMemory / 65536));
  }
  let sites: Map<number, number> | undefined;
  const callSites = () => (sites ??= decodeCallSites(new Uint8Array(WebAssembly.Module.customSections(module, CALL_SITES_SECTION)[0] ?? new Uint8Array([0]))));
  /** Run compiled code; the engine's stack overflow becomes a fault like the others. */
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        throw fault(FAULTS.stack.code, overflowLoc(e, callSites, ((ex.rt_loc as WebAssembly.Global | undefined)?.value ?? 0) >>> 0), opts);
      }
      throw e;
    }
  };
  return {
    exports: ex,
    memory,
    alloc,
    mapNew: ex.rt_map_new ? () => (ex.rt_map_new() as number) >>> 0 : undefined,
    mapPut: ex.rt_map_put ? (map: number, kind: number, key: bigint) => ex.rt_map_put(map, kind, key) as number : undefined,
    scoped<T>(fn: () => T): T {
      const mark = ex.rt_mark?.() as number | undefined;
      ex.rt_fuel_set?.(fuel);
      try { return guard(fn); } finally { if (mark !== undefined) ex.rt_reset(mark); }
    },
    guard,
  };
}

/** A finite float as Python's repr writes it, but for the ".0" the runtime adds to an integral one:
 *  the shortest digits that read back as the same float (as JS's), positional when the decimal
 *  exponent is -4 to 15, else like 1e+16 and 1.5e-05 (two exponent digits at least). */
export function reprDigits(x: number): string {
  const [mantissa, exponent] = x.toExponential().split("e");
  const e = Number(exponent);
  if (e >= -4 && e < 16) return String(x); // JS writes these positionally too, with the same digits
  return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}
