// The front half of the pipeline, with no Binaryen: source → tokens → AST → names and types.
// `ideo check` stops here.
import { lex } from "./syntax/lexer.js";
import { sourceProblem } from "./syntax/limits.js";
import { parse } from "./syntax/parser.js";
import type { Block, Expr, FnDecl, Program, TypeExpr } from "./syntax/ast.js";
import { check, Checked, CheckOptions } from "./check/check.js";
import { placePlaceholders } from "./check/placeholders.js";
import { loadRegistry, Registry } from "./blocks/registry.js";
import { CODES, Diagnostic, SourceFile, Span, error } from "./diagnostics.js";
import { lint } from "./lint/lint.js";
import { Files, Joined, Parsed, joinImports } from "./imports.js";

export type { Files };

export interface AnalyzeOptions extends CheckOptions {
  /** The program's file name, shown in diagnostics; imports are found relative to it. */
  file?: string;
  /** The files `import` reads: texts by path, or a function that reads one (the CLI reads the disk). */
  files?: Files;
  /** The style lints (compiler/lint): on for analyze() — what `ideo check` shows —, off in compile(). */
  style?: boolean;
  /** W0002, a parameter compiled for a guessed type (an array, or a tuple): only where the module
   *  leaves the compiler's host (`ideo build`), since load() compiles generic exports again. */
  guesses?: boolean;
}

export { MAX_SOURCE, MAX_TOKENS } from "./syntax/limits.js";

/** `files` and `text`: a program of several files (imports.ts): spans are offsets into `text`, all
 *  the files' texts joined, and each file is found by where its text starts. */
export interface Analysis { program: Program; checked?: Checked; diagnostics: Diagnostic[]; files?: SourceFile[]; text?: string }

export async function analyze(source: string, options: AnalyzeOptions = { style: true }): Promise<Analysis> {
  return analyzeWith(await loadRegistry(), source, options);
}

/** The same, synchronous, with the registry already loaded (the JS host recompiling a function). */
export function analyzeWith(registry: Registry, source: string, options: AnalyzeOptions = {}): Analysis {
  const empty: Program = { fns: [] };
  const problem = sourceProblem(source);
  if (problem) return { program: empty, diagnostics: [problem] };
  try {
    return analyzeTokens(registry, source, lex(source), options);
  } catch (e) {
    // a program that nests deeper than the checker's recursion can follow
    if (isStackOverflow(e)) return { program: empty, diagnostics: [error(CODES.tooDeep, "the program nests too deeply to check", { start: 0, end: 1 })] };
    if (globalThis.process?.env.IDEO_TRACE) console.error(e);
    return { program: empty, diagnostics: [error(CODES.internal, `internal compiler error: ${e instanceof Error ? e.message : String(e)}`, { start: 0, end: 0 }, { suggestions: ["please report this with the program that caused it"] })] };
  }
}

/** The engine's "Maximum call stack size exceeded"; other RangeErrors are bugs. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** One file's tokens and syntax tree. */
function parseTokens(lexed: ReturnType<typeof lex>): Parsed {
  const tooDeep = lexed.diagnostics.some((d) => d.code === CODES.tooDeep);
  const parsed = tooDeep ? { program: { fns: [] }, diagnostics: [] } : parse(lexed.tokens);
  return { program: parsed.program, diagnostics: [...lexed.diagnostics, ...parsed.diagnostics] };
}

/** An imported file's syntax tree, or its problem (too large, not text). */
function parseText(text: string): Parsed {
  const problem = sourceProblem(text);
  return problem ? { program: { fns: [] }, diagnostics: [problem] } : parseTokens(lex(text));
}

interface Parsing { root: Program; program: Program; diagnostics: Diagnostic[]; broken: Set<FnDecl>; joined?: Joined }

/** The program's files parsed and joined (imports.ts), broken functions set aside and `_` placed in
 *  each file with every file's function names known; an imported file's main (`fn main`, or its
 *  statements outside functions) stays behind, and its functions come first, so a name the
 *  importing file defines again is reported there. Done again for each round of `any` results. */
function parseProgram(registry: Registry, source: string, lexed: ReturnType<typeof lex>, options: AnalyzeOptions): Parsing {
  const root = parseTokens(lexed);
  const joined = root.program.imports ? joinImports(root, options.file ?? "<input>", source, options.files, parseText) : undefined;
  const diagnostics = joined?.diagnostics ?? root.diagnostics;
  const programs = joined?.programs ?? [root.program];
  const broken = new Set(programs.flatMap((p) => [...setAsideBroken(p, diagnostics)]));
  const names = new Set(programs.flatMap((p) => p.fns.map((f) => f.name)));
  for (const p of programs) placePlaceholders(p, registry, names);
  const program: Program = { fns: [...programs.slice(1).flatMap((p) => p.fns.filter((f) => f.name !== "main")), ...root.program.fns] };
  // record types of every file, those of imported files first; a field whose type the parser could
  // not read (already reported) leaves its record out
  const records = programs.slice(1).concat([root.program]).flatMap((p) => p.records ?? []).filter((r) => r.fields.every((f) => wellFormed(f.type)));
  if (records.length) program.records = records;
  return { root: root.program, program, diagnostics, broken, joined };
}

function analyzeTokens(registry: Registry, source: string, lexed: ReturnType<typeof lex>, options: AnalyzeOptions): Analysis {
  let parsed = parseProgram(registry, source, lexed, options);
  const { diagnostics, joined } = parsed;
  if (!parsed.root.fns.length && !parsed.root.imports && !parsed.root.records && !diagnostics.length) {
    diagnostics.push(error(CODES.empty, "the program is empty: there is no function and no statement", { start: 0, end: 0 }, { suggestions: ["write `fn main` and an indented body, or a statement such as `print(1)`"] }));
  }
  let checked = check(parsed.program, registry, (f) => parsed.broken.has(f), options);
  // functions whose results mix kinds get `any` results, and the program is checked again (from a
  // fresh parse: checking rewrites parts of the tree); each round can only add functions
  for (let given = new Set(options.anyResults); [...checked.anyResults].some((f) => !given.has(f));) {
    given = new Set([...given, ...checked.anyResults]);
    parsed = parseProgram(registry, source, lexed, options);
    checked = check(parsed.program, registry, (f) => parsed.broken.has(f), { ...options, anyResults: [...given] });
  }
  diagnostics.push(...checked.diagnostics.filter((d) => options.guesses || d.code !== CODES.guessedParam));
  if (!diagnostics.some((d) => d.severity === "error")) {
    // W0004 checks the program again without an annotation: the same analysis, lints off. Lints
    // speak of the first file only (the one checked or fixed): its text starts the joined text.
    const others = (joined?.text.length ?? source.length) - source.length;
    const recheck = (s: string) => analyzeWith(registry, s.slice(0, s.length - others), { paramTypes: options.paramTypes, file: options.file, files: options.files }).checked;
    const mine = { fns: parsed.root.fns };
    diagnostics.push(...lint(joined?.text ?? source, mine, checked, registry, { style: !!options.style, recheck }).filter((d) => d.span.start <= source.length));
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { program: parsed.program, checked, diagnostics, ...(joined ? { files: joined.files, text: joined.text } : {}) };
}

/** Functions that contain a syntax error keep their name and well-formed parameters, so calls to
 *  them still check, but lose their bodies: their other errors would be echoes, and a body the
 *  parser recovered from may be missing parts. One whose error node no diagnostic reports gets one. */
function setAsideBroken(program: Program, diagnostics: Diagnostic[]): Set<FnDecl> {
  const broken = new Set<FnDecl>();
  const reported = diagnostics.map((d) => d.span.start);
  for (const f of program.fns) {
    const node = errorNode(f.body);
    const seen = reported.some((o) => o >= f.span.start && o <= f.span.end + 1);
    if (!node && !seen && f.body) continue;
    if (!seen) diagnostics.push(error(CODES.parse, node?.message ?? "expected an expression here", node?.span ?? f.nameSpan));
    f.params = (f.params ?? []).filter((p) => p && typeof p.name === "string").map((p) => (p.type === undefined || wellFormed(p.type) ? p : { ...p, type: undefined }));
    if (f.result !== undefined && !wellFormed(f.result)) f.result = undefined;
    f.body = { stmts: [], span: f.body?.span ?? f.nameSpan };
    broken.add(f);
  }
  return broken;
}

type ErrorExpr = Extract<Expr, { kind: "error" }>;

/** The first node the parser made in place of what it could not read, if any (or a missing part). */
function errorNode(body: Block | undefined): ErrorExpr | { span: Span; message?: string } | undefined {
  let found: ErrorExpr | undefined;
  const walk = (x: unknown): void => {
    if (found || !x || typeof x !== "object") return;
    if (Array.isArray(x)) { x.forEach(walk); return; }
    const o = x as Record<string, unknown>;
    if (o.kind === "error") { found = o as ErrorExpr; return; }
    for (const [k, v] of Object.entries(o)) if (k !== "span" && v && typeof v === "object") walk(v);
  };
  if (!body) return { span: { start: 0, end: 0 } };
  walk(body);
  return found;
}

function wellFormed(t: TypeExpr | undefined): boolean {
  if (!t || typeof t !== "object") return false;
  switch (t.kind) {
    case "named": return typeof t.name === "string" && t.name.length > 0;
    case "array": case "opt": return wellFormed(t.elem);
    case "tuple": return Array.isArray(t.items) && t.items.every(wellFormed);
    case "map": return wellFormed(t.key) && wellFormed(t.value);
    default: return false;
  }
}
