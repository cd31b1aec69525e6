// W0004: a parameter or result annotation that inference already gives. Found by checking the
// program again without it: when every function keeps its signature (a parameter left open compiles
// with its default, and load() compiles a generic export again for other argument types) and no
// diagnostic changes, the annotation only costs tokens. Programs past a size are not tried.
import type { FnDecl, Param } from "../syntax/ast.js";
import { CODES, Diagnostic, Span } from "../diagnostics.js";
import type { Checked } from "../check/checked.js";
import { showTy } from "../check/unify.js";
import { text } from "./walk.js";

/** What checking a source gave, reduced to what an annotation can change. */
export type Recheck = (source: string) => Checked | undefined;

/** Rechecks cost a full check each: beyond this many characters or annotations, none are tried. */
const MAX_SOURCE = 20_000;
const MAX_TRIES = 24;

interface Annotation { fn: string; what: string; span: Span; typeText: string }

export function redundantAnnotations(source: string, fns: FnDecl[], checked: Checked, recheck: Recheck): Diagnostic[] {
  if (source.length > MAX_SOURCE || checked.diagnostics.some((d) => d.severity === "error")) return [];
  const all = fns.flatMap((f) => annotationsOf(source, f));
  if (!all.length) return [];
  const before = summary(checked);
  const same = (drop: Annotation[]) => {
    const after = recheck(without(source, drop));
    return !!after && summary(after) === before;
  };
  // two annotations may each be redundant given the other (`close(xs: [float], t: float)`): one goes
  return keptTogether(all, same).map((a) => ({
    code: CODES.annotation, severity: "warning" as const, span: a.span,
    message: `the annotation \`${a.typeText}\` of ${a.what} is what inference gives: it can go`,
    fix: { span: a.span, replacement: "", description: `leave out \`${a.typeText}\`` },
  }));
}

/** `xs: [int]` → the span of `: [int]`; `) -> int` → the span of ` -> int`. */
function annotationsOf(source: string, f: FnDecl): Annotation[] {
  if (f.script) return [];
  const out: Annotation[] = f.params.filter((p): p is Param & { type: NonNullable<Param["type"]> } => !!p.type).map((p) => {
    const span = { start: p.span.start + p.name.length, end: p.type.span.end };
    return { fn: f.name, what: `parameter '${p.name}'`, span, typeText: text(source, p.type.span) };
  });
  if (f.result) {
    const arrow = source.lastIndexOf("->", f.result.span.start);
    let start = arrow;
    while (start > 0 && /[ \t]/.test(source[start - 1])) start--;
    if (arrow >= 0 && !source.slice(arrow + 2, f.result.span.start).trim()) {
      out.push({ fn: f.name, what: `the result of '${f.name}'`, span: { start, end: f.result.span.end }, typeText: text(source, f.result.span) });
    }
  }
  return out;
}

/** The changes that keep the program the same together: all of them (the common case), or else a
 *  set grown one change at a time, each kept if it still keeps the program the same. */
export function keptTogether<T>(all: T[], same: (changes: T[]) => boolean): T[] {
  if (same(all)) return all;
  const kept: T[] = [];
  if (all.length <= MAX_TRIES) for (const c of all) if (same([...kept, c])) kept.push(c);
  return kept;
}

function without(source: string, drop: Annotation[]): string {
  let s = source;
  for (const a of [...drop].sort((x, y) => y.span.start - x.span.start)) s = s.slice(0, a.span.start) + s.slice(a.span.end);
  return s;
}

/** Every function's signature after defaults, and the diagnostics by code. */
export function summary(c: Checked): string {
  const sigs = [...c.fns].map(([n, f]) => `${n}(${f.params.map((p) => showTy(p)).join(", ")}) -> ${showTy(f.result)}`).sort();
  return JSON.stringify([sigs, c.diagnostics.map((d) => d.code).filter((code) => code !== CODES.guessedParam)]);
}
