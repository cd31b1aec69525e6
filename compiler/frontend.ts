// The front half of the pipeline, with no Binaryen: source → tokens → AST → names and types.
// `ideo check` stops here.
import { lex } from "./syntax/lexer.js";
import { sourceProblem } from "./syntax/limits.js";
import { parse } from "./syntax/parser.js";
import type { Program, FnDecl } from "./syntax/ast.js";
import { check, Checked, CheckOptions } from "./check/check.js";
import { placePlaceholders } from "./check/placeholders.js";
import { loadRegistry, Registry } from "./blocks/registry.js";
import { CODES, Diagnostic, error } from "./diagnostics.js";
import { lint } from "./lint/lint.js";

export interface AnalyzeOptions extends CheckOptions {
  /** The style lints (compiler/lint): on for analyze() — what `ideo check` shows —, off in compile(). */
  style?: boolean;
  /** W0002, a parameter compiled for a guessed type (an array, or a tuple): only where the module
   *  leaves the compiler's host (`ideo build`), since load() compiles generic exports again. */
  guesses?: boolean;
}

export { MAX_SOURCE, MAX_TOKENS } from "./syntax/limits.js";

export interface Analysis { program: Program; checked?: Checked; diagnostics: Diagnostic[] }

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
    if (e instanceof RangeError) return { program: empty, diagnostics: [error(CODES.tooDeep, "the program nests too deeply to check", { start: 0, end: 1 })] };
    if (process.env.IDEO_TRACE) console.error(e);
    return { program: empty, diagnostics: [error(CODES.internal, `internal compiler error: ${e instanceof Error ? e.message : String(e)}`, { start: 0, end: 0 }, { suggestions: ["please report this with the program that caused it"] })] };
  }
}

function analyzeTokens(registry: Registry, source: string, lexed: ReturnType<typeof lex>, options: AnalyzeOptions): Analysis {
  const empty: Program = { fns: [] };
  const tooDeep = lexed.diagnostics.some((d) => d.code === CODES.tooDeep);
  const parsed = tooDeep ? { program: empty, diagnostics: [] } : parse(lexed.tokens);
  const diagnostics = [...lexed.diagnostics, ...parsed.diagnostics];
  // Functions that contain a syntax error are not type-checked: their errors would be echoes.
  const bad = diagnostics.map((d) => d.span.start);
  const broken = (f: FnDecl) => bad.some((o) => o >= f.span.start && o <= f.span.end + 1) || hasErrorNode(f);
  if (!parsed.program.fns.length && !diagnostics.length) {
    diagnostics.push(error(CODES.empty, "the program is empty: there is no function and no statement", { start: 0, end: 0 }, { suggestions: ["write `fn main` and an indented body, or a statement such as `print(1)`"] }));
  }
  placePlaceholders(parsed.program, registry);
  let checked = check(parsed.program, registry, broken, options);
  // functions whose results mix kinds get `any` results, and the program is checked again (from a
  // fresh parse: checking rewrites parts of the tree); each round can only add functions
  for (let given = new Set(options.anyResults); [...checked.anyResults].some((f) => !given.has(f));) {
    given = new Set([...given, ...checked.anyResults]);
    const again = parse(lexed.tokens).program;
    placePlaceholders(again, registry);
    checked = check(again, registry, broken, { ...options, anyResults: [...given] });
    parsed.program = again;
  }
  diagnostics.push(...checked.diagnostics.filter((d) => options.guesses || d.code !== CODES.guessedParam));
  if (!diagnostics.some((d) => d.severity === "error")) {
    // W0004 checks the program again without an annotation: the same analysis, lints off
    const recheck = (s: string) => analyzeWith(registry, s, { paramTypes: options.paramTypes }).checked;
    diagnostics.push(...lint(source, parsed.program, checked, registry, { style: !!options.style, recheck }));
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { program: parsed.program, checked, diagnostics };
}

function hasErrorNode(f: FnDecl): boolean {
  let found = false;
  const walk = (x: unknown): void => {
    if (found || !x || typeof x !== "object") return;
    if (Array.isArray(x)) { x.forEach(walk); return; }
    const o = x as Record<string, unknown>;
    if (o.kind === "error") { found = true; return; }
    for (const [k, v] of Object.entries(o)) if (k !== "span" && v && typeof v === "object") walk(v);
  };
  walk(f.body);
  return found || !f.body;
}
