// What counts as the compiler breaking on an input. Any input may be rejected, but only with
// diagnostics that have a known code, a span inside the source and a message a person can read;
// a module it emits must be one the engine accepts, emitted without errors; running it may fault,
// but only with an IdeoFault that names its line. Everything else is a problem, and a fuzz failure.
import { CODES, type Diagnostic } from "../compiler/diagnostics.js";
import type { CompileResult } from "../compiler/index.js";

export type ProblemKind =
  | "threw" // compile() threw instead of answering
  | "internal" // an E9000 internal compiler error
  | "unknown-code" // a diagnostic without a code, or with one diagnostics.ts does not define
  | "bad-message" // `undefined`, `[object …]`, `NaN` or a stack frame in what the user reads
  | "bad-span" // a span outside the source
  | "invalid-module" // emitted bytes the engine rejects
  | "wasm-with-errors" // a module emitted alongside error diagnostics
  | "run-error" // running main threw something other than an IdeoFault
  | "fault-without-line" // an IdeoFault that does not say where
  | "editor" // `ideo fmt` or a language-server answer threw (fuzz/editor.ts)
  | "format" // formatting was unstable or changed the program's errors
  | "hang" // a phase past its time limit (compiling; running is allowed to loop)
  | "memory" // a phase past the memory limits
  | "crash"; // the worker died

export interface Problem { kind: ProblemKind; detail: string }

const KNOWN = new Set<string>([...Object.values(CODES), "E9000"]);

/** A stack frame as V8 prints it: `    at f (file.js:1:2)` or `at file.js:1:2`. */
const STACK_FRAME = /^\s*at\s.*:\d+:\d+\)?\s*$/m;

/** What a reader should never see: JS values leaking into text. Words the source itself contains
 *  (a variable named `undefined`) do not count. */
export function unreadable(text: string, source: string): string | undefined {
  for (const [re, word] of [[/\bundefined\b/, "undefined"], [/\bNaN\b/, "NaN"], [/\[object \w+\]/, "[object"]] as const) {
    if (re.test(text) && !source.includes(word)) return `shows ${word}`;
  }
  if (STACK_FRAME.test(text)) return "shows a stack frame";
  return undefined;
}

function spanProblem(d: Diagnostic, source: string): string | undefined {
  const spans = [d.span, ...(d.notes ?? []).map((n) => n.span), ...(d.fix ? [d.fix.span] : [])];
  for (const s of spans) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= source.length + 1;
    if (!ok) return `${d.code} span ${s.start}..${s.end} in a source of ${source.length}`;
  }
  return undefined;
}

/** The problems of one compile's answer (not of running it). */
export function compileProblems(source: string, r: CompileResult): Problem[] {
  const problems: Problem[] = [];
  for (const d of r.diagnostics) {
    if (d.code === "E9000") problems.push({ kind: "internal", detail: d.message });
    else if (!d.code || !KNOWN.has(d.code)) problems.push({ kind: "unknown-code", detail: `${d.code}: ${d.message}` });
    if (d.code === "E9000") continue; // already a failure; its message is the exception's
    const texts = [d.message, ...(d.suggestions ?? []), ...(d.notes ?? []).map((n) => n.message), d.fix?.description ?? "", d.fix?.replacement ?? ""];
    for (const t of texts) {
      const why = unreadable(t, source);
      if (why) { problems.push({ kind: "bad-message", detail: `${d.code} ${why}: ${t}` }); break; }
    }
    const span = spanProblem(d, source);
    if (span) problems.push({ kind: "bad-span", detail: span });
  }
  let rendered = "";
  try { rendered = r.render(); r.json(); } catch (e) { problems.push({ kind: "threw", detail: `render: ${message(e)}` }); }
  const why = unreadable(rendered, source);
  if (why && !problems.length) problems.push({ kind: "bad-message", detail: `rendered diagnostics ${why}` });
  if (r.wasm) {
    if (r.diagnostics.some((d) => d.severity === "error")) problems.push({ kind: "wasm-with-errors", detail: r.diagnostics.find((d) => d.severity === "error")!.message });
    try { new WebAssembly.Module(r.wasm as Uint8Array<ArrayBuffer>); } catch (e) { problems.push({ kind: "invalid-module", detail: message(e) }); }
  }
  return problems;
}

export function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** The shape of a problem, for telling failures apart and for minimizing one without turning it
 *  into another: quoted text and numbers are left out. */
export function signature(p: Problem): string {
  const detail = p.detail.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "'…'").replace(/\d+/g, "N").slice(0, 120);
  return `${p.kind}: ${detail}`;
}
