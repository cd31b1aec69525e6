// What W0004, W0008 and W0009 share: a change to the source is offered only when checking the
// program again with it gives every function the same signature and the same diagnostics.
import { CODES, Span } from "../diagnostics.js";
import type { Checked } from "../check/checked.js";
import { showTy } from "../check/unify.js";

/** What checking a changed source gives (undefined when it cannot be checked). */
export type Recheck = (source: string) => Checked | undefined;

/** Rechecks cost a full check each: beyond this many characters or changes, none are tried. */
export const MAX_SOURCE = 20_000;
const MAX_TRIES = 24;

export interface Edit { span: Span; replacement: string }

/** The source with the edits made (they do not overlap). */
export function applyEdits(source: string, edits: Edit[]): string {
  let s = source;
  for (const e of [...edits].sort((x, y) => y.span.start - x.span.start)) s = s.slice(0, e.span.start) + e.replacement + s.slice(e.span.end);
  return s;
}

/** The edits that keep the program the same: all of them (the common case), or else a set grown one
 *  edit at a time, each kept if the program with it and those before stays the same (two annotations
 *  may each be redundant given the other, `close(xs: [float], t: float)`: one goes). */
export function keptEdits<E extends Edit>(source: string, checked: Checked, recheck: Recheck, all: E[]): E[] {
  if (!all.length) return [];
  const before = summary(checked);
  const same = (edits: E[]) => {
    const after = recheck(applyEdits(source, edits));
    return !!after && summary(after) === before;
  };
  if (same(all)) return all;
  const kept: E[] = [];
  if (all.length <= MAX_TRIES) for (const e of all) if (same([...kept, e])) kept.push(e);
  return kept;
}

/** Every function's signature after defaults, and the diagnostics by code. */
function summary(c: Checked): string {
  const sigs = [...c.fns].map(([n, f]) => `${n}(${f.params.map((p) => showTy(p)).join(", ")}) -> ${showTy(f.result)}`).sort();
  return JSON.stringify([sigs, c.diagnostics.map((d) => d.code).filter((code) => code !== CODES.guessedParam)]);
}
