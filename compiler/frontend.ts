// The front half of the pipeline, with no Binaryen: source → tokens → AST → names and types.
// `ideo check` stops here.
import { lex } from "./syntax/lexer.js";
import { parse } from "./syntax/parser.js";
import type { Program, FnDecl } from "./syntax/ast.js";
import { check, Checked } from "./check/check.js";
import { loadRegistry } from "./blocks/registry.js";
import { CODES, Diagnostic, error } from "./diagnostics.js";

export const MAX_SOURCE = 16 * 1024 * 1024;

export interface Analysis { program: Program; checked?: Checked; diagnostics: Diagnostic[] }

export async function analyze(source: string): Promise<Analysis> {
  const empty: Program = { fns: [] };
  if (source.length > MAX_SOURCE) {
    return { program: empty, diagnostics: [error(CODES.tooLong, `the source is ${(source.length / 1048576).toFixed(1)} MB; the limit is ${MAX_SOURCE / 1048576} MB`, { start: 0, end: 1 })] };
  }
  const nul = source.indexOf("\0");
  if (nul >= 0) {
    return { program: empty, diagnostics: [error(CODES.notText, "this is not Ideo source: it contains NUL bytes (a binary file?)", { start: nul, end: nul + 1 })] };
  }
  const lexed = lex(source);
  const tooDeep = lexed.diagnostics.some((d) => d.code === CODES.tooDeep);
  const parsed = tooDeep ? { program: empty, diagnostics: [] } : parse(lexed.tokens);
  const diagnostics = [...lexed.diagnostics, ...parsed.diagnostics];
  // Functions that contain a syntax error are not type-checked: their errors would be echoes.
  const bad = diagnostics.map((d) => d.span.start);
  const broken = (f: FnDecl) => bad.some((o) => o >= f.span.start && o <= f.span.end + 1) || hasErrorNode(f);
  const registry = await loadRegistry();
  const checked = check(parsed.program, registry, broken);
  diagnostics.push(...checked.diagnostics);
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
