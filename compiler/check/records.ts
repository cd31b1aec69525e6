// Record types (`type Body = (x: float, y: float)`): their declarations, making one (`Body(x: 1.0,
// y: 2.0)` or `Body(1.0, 2.0)`), and reading a field (`b.x`). A record is a tuple with a name and
// field names (types.ts): unification is by name, and the lowering lays it out as a tuple.
//
// The parser reads `b.x` as a call of `x` with b as its receiver, as it reads `xs.len`; where the
// receiver is a record with that field (or, its type still open, exactly one record has the field
// and no block or function takes the name), the call node becomes a field node in place.
import type { Expr, Program, RecordDecl } from "../syntax/ast.js";
import { CODES, Diagnostic, Span, error, nearAndFix } from "../diagnostics.js";
import type { Registry } from "../blocks/registry.js";
import { RecordTypes, typeFromExpr } from "./annotations.js";
import { Call, Checker, Ctx, Records, Scope, lookup } from "./env.js";
import { RecordTy, Ty, fresh, prune, showTy, unify } from "./unify.js";

type Field = Extract<Expr, { kind: "field" }>;

interface Declared { decl: RecordDecl; type?: RecordTy; resolving?: boolean }

/** The program's record types, each resolved once (its fields may name records declared later). */
export class RecordTable implements Records {
  private readonly decls = new Map<string, Declared>();

  constructor(program: Program, private readonly report: (d: Diagnostic) => void, registry: Registry) {
    const fns = new Map(program.fns.map((f) => [f.name, f]));
    for (const decl of program.records ?? []) {
      const first = this.decls.get(decl.name);
      const clash = first ? `the record type '${decl.name}' is declared twice`
        : fns.has(decl.name) ? `the record type '${decl.name}' has the name of a function`
        : registry.get(decl.name) ? `the record type '${decl.name}' has the name of a block`
        : !/^[A-Z]/.test(decl.name) ? `a record type's name starts with a capital letter: '${decl.name}'` : undefined;
      if (clash) {
        const where = first?.decl.nameSpan ?? fns.get(decl.name)?.nameSpan;
        report(error(CODES.duplicateType, clash, decl.nameSpan, { notes: where ? [{ span: where, message: `'${decl.name}' is first defined here` }] : [], suggestions: ["give each record type a name of its own that starts with a capital: `type Body = (…)`"] }));
        continue;
      }
      const seen = new Set<string>();
      for (const f of decl.fields) {
        if (seen.has(f.name)) report(error(CODES.fieldTwice, `the field '${f.name}' is declared twice in '${decl.name}'`, f.span));
        seen.add(f.name);
      }
      this.decls.set(decl.name, { decl });
    }
    for (const name of this.decls.keys()) this.resolve(name, []);
  }

  names(): string[] { return [...this.decls.keys()]; }

  type(name: string): Ty | undefined { return this.decls.has(name) ? this.resolve(name, []) : undefined; }

  /** The record types that have a field of this name. */
  withField(field: string): RecordTy[] {
    return [...this.decls.keys()].map((n) => this.resolve(n, [])).filter((t): t is RecordTy => isRecord(t) && t.record.fields.includes(field));
  }

  private resolve(name: string, path: string[]): Ty {
    const d = this.decls.get(name)!;
    if (d.type) return d.type;
    if (d.resolving) {
      // a record that holds itself would be a value without end: reported once, at its declaration
      const through = path.slice(path.indexOf(name) + 1);
      this.report(error(CODES.recursiveRecord, `the record type '${name}' holds itself${through.length ? ` (through ${through.map((n) => `'${n}'`).join(", ")})` : ""}`, d.decl.nameSpan, { suggestions: ["keep the others in an array and hold their indexes: `children: [int]`"] }));
      return fresh();
    }
    d.resolving = true;
    const inner: RecordTypes = { names: () => this.names(), type: (n) => (this.decls.has(n) ? this.resolve(n, [...path, name]) : undefined) };
    const items = d.decl.fields.map((f) => typeFromExpr(f.type, this.report, inner));
    d.resolving = false;
    d.type = { tag: "tuple", items, record: { name, fields: d.decl.fields.map((f) => f.name) } };
    return d.type;
  }
}

const isRecord = (t: Ty): t is RecordTy => t.tag === "tuple" && !!t.record;

/** `Body(x: 1.0, y: 2.0)` (every field named, any order) or `Body(1.0, 2.0)` (every field, in order). */
export function checkConstruct(c: Checker, e: Call, rt: RecordTy, scope: Scope, ctx: Ctx): Ty {
  const { name, fields } = rt.record;
  const argTypes = e.args.map((a) => c.expr(a, scope, ctx, true));
  const labels = e.labels ?? [];
  const named = labels.filter(Boolean).length;
  const slots: number[] = [];
  const given = new Map<string, Span>();
  if (named && named < e.args.length) {
    c.report(error(CODES.recordArgs, `name every field of '${name}' or none`, e.span, { suggestions: [`\`${name}(${fields.map((f) => `${f}: …`).join(", ")})\``] }));
  } else if (!named && e.args.length !== fields.length) {
    const span = e.args.length > fields.length ? e.args[fields.length].span : e.span;
    c.report(error(CODES.recordArgs, `'${name}' has ${fields.length} field${fields.length === 1 ? "" : "s"} (${fields.join(", ")}), given ${e.args.length} value${e.args.length === 1 ? "" : "s"}`, span, { suggestions: [`give one value a field, in order, or name them: \`${name}(${fields.map((f) => `${f}: …`).join(", ")})\``] }));
  }
  e.args.forEach((a, i) => {
    const label = labels[i];
    const slot = label ? fields.indexOf(label.name) : named ? -1 : i;
    if (label && slot < 0) reportUnknownField(c, rt, label.name, label.span);
    else if (label && given.has(label.name)) c.report(error(CODES.fieldTwice, `the field '${label.name}' is given twice`, label.span, { notes: [{ span: given.get(label.name)!, message: "first given here" }] }));
    if (label) given.set(label.name, label.span);
    slots.push(slot);
    if (slot >= 0 && slot < fields.length) c.lifted(rt.items[slot], argTypes[i], a, a.span, `the field '${fields[slot]}' of '${name}'`);
  });
  if (named === e.args.length && named) {
    const missing = fields.filter((f) => !given.has(f));
    if (missing.length) c.report(error(CODES.recordArgs, `'${name}' is made without the field${missing.length > 1 ? "s" : ""} ${missing.map((f) => `'${f}'`).join(", ")}`, e.span, { suggestions: [`give every field: \`${name}(${fields.map((f) => `${f}: …`).join(", ")})\``] }));
  }
  c.out.calls.set(e, { kind: "record", slots });
  return rt;
}

function reportUnknownField(c: Checker, rt: RecordTy, field: string, span: Span): void {
  const { near, fixTo } = nearAndFix(field, rt.record.fields);
  c.report(error(CODES.unknownField, `'${rt.record.name}' has no field '${field}'${near.length ? ` — did you mean '${near[0]}'?` : ""}`, span, {
    suggestions: near.length ? near.map((n) => `did you mean '${n}'?`) : [`its fields are ${rt.record.fields.join(", ")}`],
    fix: fixTo ? { span, replacement: fixTo, description: `replace '${field}' with '${fixTo}'` } : undefined,
  }));
}

/** `b.x` where x is some record's field: the field's type, the node made a field node; undefined
 *  when the call is not a field read (a block or a function of that name, on a value that is no record). */
export function fieldAccess(c: Checker, e: Call, scope: Scope, ctx: Ctx): Ty | undefined {
  if (!e.method || e.args.length !== 1 || e.labels) return undefined;
  const candidates = c.records.withField(e.callee);
  const other = !!(c.registry.get(e.callee) || c.out.fns.has(e.callee) || lookup(scope, e.callee));
  if (!candidates.length && (other || !c.records.names().length)) return undefined;
  const receiver = e.args[0];
  const t = c.expr(receiver, scope, ctx, true);
  c.checkedOnce.set(receiver, t);
  const rt = prune(t);
  if (isRecord(rt)) {
    if (!rt.record.fields.includes(e.callee) && other) return undefined;
    return readField(c, toField(e), rt); // reports a field the record does not have
  }
  const inner = rt.tag === "opt" ? prune(rt.elem) : undefined;
  if (inner && isRecord(inner) && inner.record.fields.includes(e.callee) && !other) {
    // a field of a record that may be null: blocks take plain values, and so do fields
    const x = receiver.kind === "name" ? receiver.name : "x";
    c.report(error(CODES.typeMismatch, `.${e.callee} reads a field of ${inner.record.name}, and this ${inner.record.name}? may be null`, receiver.span, { suggestions: [`unwrap it first: \`(${x} ?? default).${e.callee}\``] }));
    return readField(c, toField(e), inner);
  }
  if (other || rt.tag !== "var" || !candidates.length) return undefined;
  if (candidates.length > 1) {
    const names = candidates.map((r) => r.record.name);
    if (askedAbout.has(rt)) return fresh(); // once a value: `v.x * v.x` asks once
    askedAbout.add(rt);
    c.report(error(CODES.cannotInfer, `which record is this? ${names.map((n) => `'${n}'`).join(" and ")} both have the field '${e.callee}'`, receiver.span, { suggestions: [`annotate it: \`${receiver.kind === "name" ? receiver.name : "b"}: ${names[0]}\``] }));
    return fresh();
  }
  if (!unify(rt, candidates[0])) return undefined;
  return readField(c, toField(e), candidates[0]);
}

/** The open values an annotation was asked for (E0302). */
const askedAbout = new WeakSet<Ty>();

/** The call `x(b)` the parser made of `b.x`, turned in place into the field node it is. */
function toField(e: Call): Field {
  const target = e.args[0], name = e.callee, nameSpan = e.calleeSpan;
  const node = e as unknown as Record<string, unknown>;
  for (const k of ["callee", "calleeSpan", "args", "method", "labels"]) delete node[k];
  return Object.assign(node, { kind: "field", target, index: -1, name, nameSpan }) as unknown as Field;
}

/** A named field's type (its slot set on the node), or the error when the record lacks it. */
export function readField(c: Checker, e: Field, t: Ty): Ty {
  const rt = prune(t);
  if (!isRecord(rt)) {
    c.report(error(CODES.typeMismatch, `.${e.name} needs a record, found ${showTy(rt)}`, e.target.span));
    return fresh();
  }
  e.index = rt.record.fields.indexOf(e.name!);
  if (e.index < 0) { reportUnknownField(c, rt, e.name!, e.nameSpan ?? e.span); return fresh(); }
  return rt.items[e.index];
}

/** A call with `x: e` arguments that makes no record (an unknown record's is reported as unknown). */
export function reportLabels(c: Checker, e: Call): void {
  const label = e.labels?.find(Boolean);
  if (!label || (/^[A-Z]/.test(e.callee) && !e.method && !c.out.fns.has(e.callee))) return;
  c.report(error(CODES.recordArgs, `named arguments (\`${label.name}: …\`) make a record; '${e.callee}' takes its arguments in order`, label.span));
}

/** `Bdy(…)`: a capitalized name that is no record type and no function. */
export function reportUnknownRecord(c: Checker, e: Call): void {
  const { near, fixTo } = nearAndFix(e.callee, c.records.names());
  c.report(error(CODES.unknownRecord, `unknown record type '${e.callee}'`, e.calleeSpan, {
    suggestions: near.length ? near.map((n) => `did you mean '${n}'?`) : [`declare it at the top level: \`type ${e.callee} = (x: float, y: float)\``],
    fix: fixTo ? { span: e.calleeSpan, replacement: fixTo, description: `replace '${e.callee}' with '${fixTo}'` } : undefined,
  }));
}
