// What a function body cannot decide when it is checked waits here: a block call with more than one
// fitting overload, a tuple field of a value whose type comes later, a slice, index or for loop over
// a value not yet known to be a string, an array or a map (`seq` types the ones whose target is
// known at once). `settle` retries them as types become known; forced, it takes the first fitting
// overload, makes an undecided slice, index or loop an array, and an untyped value with fields a tuple.
import type { Expr } from "../syntax/ast.js";
import { CODES, Diagnostic, Span, error } from "../diagnostics.js";
import { ANY_T, INT_T, KEY, Kind, STR_T, Ty, fresh, prune, showTy } from "./unify.js";
import { PendingCall, retryPending } from "./calls.js";

type Unify = (expected: Ty, found: Ty, span: Span, what: string) => boolean;
type Field = { e: Extract<Expr, { kind: "field" }>; target: Ty; result: Ty };
/** A slice, an index (`index`: its type, `result`: the element's) or a for loop (`result`: what
 *  each turn gives, a (key, value) pair over a map when `pairs`) over `target`, whose span is `at`. */
type Seq = { kind: "slice" | "index" | "for"; target: Ty; at: Span; span: Span; index?: Ty; indexSpan?: Span; result?: Ty; pairs?: boolean };

export const SLICEABLE: ReadonlySet<Kind> = new Set(["str", "array"]);
const INDEXABLE: ReadonlySet<Kind> = new Set(["str", "array", "map"]);

export class Deferred {
  readonly calls: PendingCall[] = [];
  readonly fields: Field[] = [];
  /** `xs[1:]` on a parameter works on a string and on an array, so it waits rather than deciding. */
  private readonly seqs: Seq[] = [];

  constructor(private report: (d: Diagnostic) => void, private unify: Unify, private isParamType: (t: Ty) => boolean) {}

  /** A slice, index or for loop: typed now when its target's type is known; otherwise the target is
   *  narrowed to what it may be (a string or an array; a map too, but for slicing) and it waits. */
  seq(q: Seq): void {
    if (prune(q.target).tag !== "var") { this.resolveSeq(q); return; }
    const what = q.kind === "slice" ? "slicing (it takes an array or a string)" : q.kind === "index" ? "indexing (it takes an array, a string or a map)" : "a for loop (it walks an array, a string or a map)";
    this.unify(fresh(q.kind === "slice" ? SLICEABLE : INDEXABLE), q.target, q.at, what);
    this.seqs.push(q);
  }

  settle(force: boolean): void {
    for (let round = 0; round < 50; round++) {
      let progress = retryPending(this.calls, false);
      for (const f of [...this.fields]) {
        const t = prune(f.target);
        if (t.tag === "var") continue;
        this.fields.splice(this.fields.indexOf(f), 1);
        progress = true;
        if (t.tag !== "tuple") this.report(error(CODES.typeMismatch, `.${f.e.index} needs a tuple, found ${showTy(t)}`, f.e.target.span));
        else if (f.e.index >= t.items.length) this.report(error(CODES.badField, `a tuple of ${t.items.length} has no field ${f.e.index}`, f.e.span));
        else this.unify(f.result, t.items[f.e.index], f.e.span, "a tuple field");
      }
      for (const q of [...this.seqs]) if (prune(q.target).tag !== "var") { this.seqs.splice(this.seqs.indexOf(q), 1); this.resolveSeq(q); progress = true; }
      // a target that a pending block call or loop gives waits for it to be decided: in
      // `for c in str(-2): c[0]`, str(-2) is a string, so c is one too
      // how many pending calls and loops give each type, so a seq's own result can be left out
      const producers = new Map<Ty, number>();
      for (const r of [...this.calls.map((p) => p.result), ...this.seqs.flatMap((o) => (o.result ? [o.result] : []))]) producers.set(prune(r), (producers.get(prune(r)) ?? 0) + 1);
      const given = (q: Seq) => (producers.get(prune(q.target)) ?? 0) - (q.result && prune(q.result) === prune(q.target) ? 1 : 0) > 0;
      // a target that is its own element (`t + t[d]`, `for c in s: s = c`) can only be a string
      const ownElement = this.seqs.findIndex((q) => q.kind !== "slice" && q.result && prune(q.result) === prune(q.target));
      if (!progress && force && ownElement >= 0) {
        const [q] = this.seqs.splice(ownElement, 1);
        this.unify(STR_T, q.target, q.at, "a value that is its own element (a string)");
        this.resolveSeq(q);
        progress = true;
      }
      const guessable = this.seqs.findIndex((q) => !given(q));
      if (!progress && force && guessable >= 0) {
        // nothing else decided: an array, which the JS host's second compile can undo for a string
        const [q] = this.seqs.splice(guessable, 1);
        const doing = q.kind === "slice" ? "slicing" : q.kind === "index" ? "indexing" : "a for loop";
        if (this.isParamType(q.target)) {
          this.report({ code: CODES.guessedParam, severity: "warning", span: q.at, message: `${doing} here could take a string or an array: compiled for an array; load() compiles it again for what a JS caller passes`, suggestions: ["annotate the parameter it comes from, e.g. `s: str` or `xs: [int]`, to fix the type"] });
        }
        this.unify({ tag: "array", elem: fresh() }, q.target, q.at, doing);
        this.resolveSeq(q);
        progress = true;
      }
      if (!progress && force) progress = retryPending(this.calls, true, this.isParamType);
      if (!progress && force) progress = this.guessTuple();
      if (!progress) return;
    }
  }

  /** Fields of a value nothing else gave a type (`p.0 + p.1` on a parameter's elements): a tuple
   *  as long as the highest field used, its items typed by their use. JS passes tuples as arrays,
   *  and the host reads them as tuples where this compile has tuples (host/generic.ts). */
  private guessTuple(): boolean {
    const first = this.fields.find((f) => prune(f.target).tag === "var");
    if (!first) return false;
    const target = prune(first.target);
    // at least a pair: Ideo has no tuples of one
    const size = Math.max(2, 1 + Math.max(...this.fields.filter((f) => prune(f.target) === target).map((f) => f.e.index)));
    this.report({ code: CODES.guessedParam, severity: "warning", span: first.e.target.span, message: `the type of this value is not known: compiled as a tuple of ${size} (the fields used); annotate it to fix the type`, suggestions: ["annotate the parameter it comes from, e.g. `ps: [(int, int)]`"] });
    return this.unify({ tag: "tuple", items: Array.from({ length: size }, () => fresh()) }, target, first.e.target.span, "a tuple");
  }

  /** Fields still waiting after everything settled: their values' types were never known. */
  reportUnknownFields(): void {
    for (const f of this.fields) this.report(error(CODES.cannotInfer, "the type of this value must be known to take a field: annotate it", f.e.target.span));
  }

  /** A slice, index or for loop whose target's type is now known. */
  private resolveSeq(q: Seq): void {
    const t = prune(q.target), at = q.at;
    if (q.kind === "slice") {
      if (t.tag !== "str") this.unify({ tag: "array", elem: fresh() }, t, at, "slicing (it takes an array or a string)");
      return;
    }
    if (q.kind === "for") {
      if (t.tag === "any" && !q.pairs) this.unify(ANY_T, q.result!, at, "a for loop over an any (a list's elements or a dict's keys)");
      else if (t.tag === "str") this.unify(STR_T, q.result!, at, "a for loop over a string (each character)");
      else if (t.tag === "map") this.unify(q.pairs ? { tag: "tuple", items: [t.key, t.value] } : t.key, q.result!, at, "a for loop over a map (each key)");
      else this.unify({ tag: "array", elem: q.result! }, t, at, "a for loop (it walks an array, a string or a map)");
      return;
    }
    const ix = q.indexSpan!;
    if (t.tag === "any") { this.unify(fresh(KEY), q.index!, ix, "an index into an any (an int for a list, a str for a dict)"); this.unify(ANY_T, q.result!, q.span, "an element of an any"); return; }
    if (t.tag === "map") { this.unify(t.key, q.index!, ix, "a map key"); this.unify(t.value, q.result!, q.span, "a map value"); return; }
    this.unify(INT_T, q.index!, ix, "an index");
    if (t.tag === "str") this.unify(STR_T, q.result!, q.span, "a character");
    else this.unify({ tag: "array", elem: q.result! }, t, at, "indexing (it takes an array or a string)");
  }
}
