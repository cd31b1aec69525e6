// The CLI's edges with the outside: reading a source file whatever it turns out to be (a directory,
// a pipe, /dev/zero, a binary), JSON arguments and results with integers past 2**53 kept exact, and
// stdout closed early by a reader (`ideo run prog.ideo | head -1`); the files `import` reads, and the
// process's standard input for `stdin`.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { CODES, Diagnostic, error } from "../compiler/diagnostics.js";
import { MAX_SOURCE } from "../compiler/frontend.js";

export class UsageError extends Error {}

/** A file's text, or a diagnostic when it is not Ideo source: bytes that are not UTF-8, more than
 *  the front end takes. Reading stops at the limit, so a device that never ends (/dev/zero) or an
 *  endless pipe costs that much and no more. A path that cannot be read is a usage error. */
export function readSource(file: string): { source: string; diagnostic?: Diagnostic } {
  let read: { bytes: Buffer; more: boolean };
  try { read = readBounded(file, MAX_SOURCE); } catch (e) { throw new UsageError(`cannot read ${file}: ${reason(e)}`); }
  if (read.more) return { source: "", diagnostic: error(CODES.tooLong, `${file} is larger than ${MAX_SOURCE / 1048576} MB, the most a program may be`, { start: 0, end: 0 }) };
  try {
    return { source: new TextDecoder("utf-8", { fatal: true }).decode(read.bytes) };
  } catch {
    return { source: "", diagnostic: error(CODES.notText, `${file} is not UTF-8 text (a binary file?)`, { start: 0, end: 0 }) };
  }
}

/** Up to `max` bytes of a file, and whether it holds more. Throws for a path that cannot be read,
 *  a directory among them (with `code` EISDIR). */
export function readBounded(file: string, max: number): { bytes: Buffer; more: boolean } {
  const fd = openSync(file, "r");
  try {
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error("it is a directory"), { code: "EISDIR" });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return { bytes: Buffer.concat(chunks), more: false };
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) return { bytes: Buffer.concat(chunks).subarray(0, max), more: true };
    }
  } finally {
    closeSync(fd);
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return e instanceof Error ? e.message : String(e);
}

/** A mark no JSON text holds by chance, for BigInts passing through JSON as strings. */
const bigMark = () => `bigint-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}:`;

/** A JSON argument; integers beyond what a double holds exactly become BigInts, so the marshalling
 *  sees 12345678901234567890 and not a rounded neighbour (and refuses it when it exceeds 64 bits). */
export function parseJsonArg(text: string): unknown {
  const mark = bigMark();
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (tok) =>
    /^-?\d+$/.test(tok) && !Number.isSafeInteger(Number(tok)) ? `"${mark}${tok}"` : tok);
  return JSON.parse(marked, (_, v) => (typeof v === "string" && v.startsWith(mark) ? BigInt(v.slice(mark.length)) : v));
}

/** JSON text of a result; BigInts as plain integers, as many digits as they have; a [byte] (a
 *  Uint8Array) as a list of ints, as print shows it. */
export function jsonText(v: unknown): string {
  const mark = bigMark();
  return JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${mark}${x}` : x instanceof Uint8Array ? [...x] : x)).replaceAll(new RegExp(`"${mark}(-?\\d+)"`, "g"), "$1");
}

/** A reader that stops reading early (`| head -1`) ends the program quietly: nothing is left to say. */
export function exitQuietlyOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
  }
}

/** A file `import` names, read from the disk (its path is relative to the importing file's), or
 *  undefined when it cannot be read; past the size a program may be, the front end says so. */
export function readImport(path: string): string | undefined {
  try { return new TextDecoder().decode(readBounded(path, MAX_SOURCE + 1).bytes); } catch { return undefined; }
}

/** Standard input, a buffer at a time, for `stdin` (0 at its end). A pipe left non-blocking by the
 *  parent process answers EAGAIN until data comes: wait a little and read again. */
export function stdinReader(): (buffer: Uint8Array) => number {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return (buffer) => {
    for (;;) {
      try { return readSync(0, buffer, 0, buffer.length, null); } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") { Atomics.wait(pause, 0, 0, 5); continue; }
        if (code === "EOF") return 0;
        throw e;
      }
    }
  };
}
