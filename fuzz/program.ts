// Generated programs (fuzz/generate.ts makes them, fuzz/reference.ts runs them): a typed tree that
// prints as Ideo source. Every node carries its type, so the printer and the reference evaluator never
// infer one; the compiler infers them all again from the text, which is part of what is tested.
import { Type, show } from "../compiler/types.js";

export type Value = bigint | number | boolean | string | null | Value[] | Map<Value, Value> | ((...args: Value[]) => Value);

export type Expr =
  | { op: "lit"; t: Type; v: Value }
  | { op: "null"; t: Type }
  | { op: "var"; t: Type; name: string }
  | { op: "array" | "tuple"; t: Type; items: Expr[] }
  | { op: "map"; t: Type; entries: [Expr, Expr][] }
  | { op: "bin"; t: Type; o: string; l: Expr; r: Expr }
  /** Comparisons chained like Python's: `a < b <= c`. */
  | { op: "chain"; t: Type; ops: string[]; xs: Expr[] }
  | { op: "un"; t: Type; o: "-" | "~" | "not"; x: Expr }
  | { op: "index"; t: Type; x: Expr; i: Expr }
  | { op: "slice"; t: Type; x: Expr; lo?: Expr; hi?: Expr; step?: bigint }
  /** `p.0`, or a record's field `r.g0` (`name` set). */
  | { op: "field"; t: Type; x: Expr; n: number; name?: string }
  /** `Rec(a, b)`, or with `slots` `Rec(g1: b, g0: a)`: item i sets field slots[i]. */
  | { op: "record"; t: Type; items: Expr[]; slots?: number[] }
  | { op: "if"; t: Type; c: Expr; a: Expr; b: Expr }
  /** A user function, by name. */
  | { op: "call"; t: Type; fn: string; args: Expr[] }
  /** A lambda held in a variable. */
  | { op: "callv"; t: Type; name: string; args: Expr[] }
  /** A block: `name(args)` or, with `method`, `args[0].name(rest)`; `env` is its instantiation. */
  | { op: "block"; t: Type; name: string; args: Expr[]; method: boolean; env: Record<string, string> }
  /** `placeholder`: printed with `_` (one parameter) or `_1`, `_2` where that reads the same. */
  | { op: "lambda"; t: Type; params: string[]; body: Expr; placeholder?: boolean }
  /** `a..b`, the ints from a to b. */
  | { op: "range"; t: Type; lo: Expr; hi: Expr };

export type Stmt =
  | { s: "let"; name: string; value: Expr }
  | { s: "update"; name: string; o: string; value: Expr }
  /** `xs[i] = v` or `m[k] = v`; `x` is a variable. */
  | { s: "set"; x: Expr; i: Expr; value: Expr }
  /** `a, b = e1, e2` (a tuple literal, printed without its parentheses) or `a, b = t` (any other
   *  tuple): every value is computed before any name is set. */
  | { s: "unpack"; names: string[]; value: Expr }
  /** `r.g0 = v`, `r.g0 += v`: a record's field written in place; `x` is a variable. */
  | { s: "fset"; x: Expr; n: number; name: string; o: string; value: Expr }
  | { s: "print"; args: Expr[] }
  | { s: "if"; c: Expr; then: Stmt[]; else?: Stmt[] }
  | { s: "for"; vars: string[]; iter: Expr; body: Stmt[] }
  | { s: "while"; c: Expr; body: Stmt[] }
  | { s: "break" } | { s: "continue" }
  | { s: "return"; value: Expr };

export interface Fn { name: string; params: { name: string; t: Type }[]; ret: Type; body: Stmt[]; result: Expr }

/** `type Rec = (g0: int, …)`: a record type, its fields in slot order. */
export interface RecordDef { name: string; fields: string[]; types: Type[] }

export interface Program { fns: Fn[]; main: Stmt[]; records?: RecordDef[] }

// ------------------------------------------------------------------------------------ printing

/** Loosest first, as docs/language.md lists the operators. */
const LEVEL: Record<string, number> = {
  "??": 1, or: 2, and: 3, not: 4, "==": 5, "!=": 5, "<": 5, "<=": 5, ">": 5, ">=": 5, in: 5, "not in": 5, "..": 6,
  "|": 7, "^": 8, "&": 9, "<<": 10, ">>": 10, "+": 11, "-": 11, "*": 12, "/": 12, "//": 12, "%": 12, neg: 13, "**": 14,
};
const ATOM = 20;

function level(e: Expr): number {
  switch (e.op) {
    case "bin": return LEVEL[e.o];
    case "chain": return LEVEL["<"];
    case "un": return e.o === "not" ? LEVEL.not : LEVEL.neg;
    case "range": return LEVEL[".."];
    case "if": case "lambda": return 0;
    case "lit": return (typeof e.v === "bigint" && e.v < 0n) || (typeof e.v === "number" && (e.v < 0 || Object.is(e.v, -0))) ? LEVEL.neg : ATOM;
    default: return ATOM;
  }
}

/** The text of `e` where a level of at least `min` is needed: parentheses when it binds looser. */
function at(e: Expr, min: number): string {
  const text = expr(e);
  return level(e) < min ? `(${text})` : text;
}

export function expr(e: Expr): string {
  switch (e.op) {
    case "lit": return literal(e.t, e.v);
    case "null": return "null";
    case "var": return e.name;
    case "array": return `[${e.items.map(expr).join(", ")}]`;
    case "tuple": return `(${e.items.map(expr).join(", ")})`;
    case "map": return `{${e.entries.map(([k, v]) => `${expr(k)}: ${expr(v)}`).join(", ")}}`;
    case "bin": {
      const p = LEVEL[e.o];
      // ** groups to the right, the others to the left; comparisons never nest without parentheses
      if (e.o === "**") return `${at(e.l, ATOM)} ** ${at(e.r, LEVEL.neg)}`;
      const cmp = p === LEVEL["<"];
      return `${at(e.l, cmp ? p + 1 : p)} ${e.o} ${at(e.r, p + 1)}`;
    }
    case "chain": return e.xs.map((x, i) => (i ? `${e.ops[i - 1]} ` : "") + at(x, LEVEL["<"] + 1)).join(" ");
    case "un": return e.o === "not" ? `not ${at(e.x, LEVEL.not)}` : `${e.o}${at(e.x, LEVEL.neg)}`.replace(/^-(-|\d)/, "- $1");
    case "index": return `${at(e.x, ATOM)}[${expr(e.i)}]`;
    case "slice": return `${at(e.x, ATOM)}[${e.lo ? expr(e.lo) : ""}:${e.hi ? expr(e.hi) : ""}${e.step !== undefined ? `:${e.step}` : ""}]`;
    case "field": return `${at(e.x, ATOM)}.${e.name ?? e.n}`;
    case "record": {
      const fields = e.t.kind === "tuple" ? e.t.record?.fields ?? [] : [];
      return `${typeText(e.t)}(${e.items.map((x, i) => (e.slots ? `${fields[e.slots[i]]}: ` : "") + expr(x)).join(", ")})`;
    }
    case "if": return `if ${at(e.c, LEVEL.or)}: ${expr(e.a)} else ${expr(e.b)}`;
    case "call": return `${e.fn}(${e.args.map(expr).join(", ")})`;
    case "callv": return `${e.name}(${e.args.map(expr).join(", ")})`;
    case "block": {
      if (!e.method) return `${e.name}(${e.args.map(expr).join(", ")})`;
      const rest = e.args.slice(1);
      return `${at(e.args[0], ATOM)}.${e.name}${rest.length ? `(${rest.map(expr).join(", ")})` : ""}`;
    }
    case "lambda": {
      if (e.placeholder) return placeholderBody(e);
      const params = e.params.length === 1 ? e.params[0] : `(${e.params.join(", ")})`;
      return `${params} => ${expr(e.body)}`;
    }
    case "range": return `${at(e.lo, LEVEL[".."] + 1)}..${at(e.hi, LEVEL[".."] + 1)}`;
  }
}

/** A lambda's body with its parameters written as placeholders (`_`, or `_1`, `_2`). */
function placeholderBody(e: Extract<Expr, { op: "lambda" }>): string {
  const names = new Map(e.params.map((p, i) => [p, e.params.length === 1 ? "_" : `_${i + 1}`]));
  const rename = (x: Expr): Expr => {
    if (x.op === "var" && names.has(x.name)) return { ...x, name: names.get(x.name)! };
    const copy: Record<string, unknown> = { ...x };
    for (const [k, v] of Object.entries(x)) {
      if (Array.isArray(v)) copy[k] = v.map((y) => (Array.isArray(y) ? y.map((z) => rename(z as Expr)) : y && typeof y === "object" && "op" in y ? rename(y as Expr) : y));
      else if (v && typeof v === "object" && "op" in v) copy[k] = rename(v as Expr);
    }
    return copy as Expr;
  };
  return expr(rename(e.body));
}

/** A literal as Ideo reads it back exactly. */
export function literal(t: Type, v: Value): string {
  if (t.kind === "int") return String(v);
  if (t.kind === "bool") return v ? "true" : "false";
  if (t.kind === "str") return quote(v as string);
  const x = v as number;
  const s = Object.is(x, -0) ? "-0.0" : String(x);
  return /[.e]/.test(s) ? s.replace(/e\+?/, "e") : `${s}.0`;
}

function quote(s: string): string {
  const esc: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0" };
  return `"${[...s].map((c) => esc[c] ?? (c.codePointAt(0)! < 32 ? `\\x${c.codePointAt(0)!.toString(16).padStart(2, "0")}` : c)).join("")}"`;
}

function stmts(ss: Stmt[], indent: string): string[] {
  return ss.flatMap((s) => stmt(s, indent));
}

function stmt(s: Stmt, ind: string): string[] {
  switch (s.s) {
    case "let": return [`${ind}${s.name} = ${expr(s.value)}`];
    case "update": return [`${ind}${s.name} ${s.o} ${expr(s.value)}`];
    case "set": return [`${ind}${at(s.x, ATOM)}[${expr(s.i)}] = ${expr(s.value)}`];
    case "fset": return [`${ind}${at(s.x, ATOM)}.${s.name} ${s.o} ${expr(s.value)}`];
    case "unpack": return [`${ind}${s.names.join(", ")} = ${s.value.op === "tuple" ? s.value.items.map(expr).join(", ") : expr(s.value)}`];
    case "print": return [`${ind}print(${s.args.map(expr).join(", ")})`];
    case "if": return [`${ind}if ${expr(s.c)}`, ...body(s.then, ind), ...(s.else ? [`${ind}else`, ...body(s.else, ind)] : [])];
    case "for": return [`${ind}for ${s.vars.join(", ")} in ${expr(s.iter)}`, ...body(s.body, ind)];
    case "while": return [`${ind}while ${expr(s.c)}`, ...body(s.body, ind)];
    case "break": case "continue": return [`${ind}${s.s}`];
    case "return": return [`${ind}return ${expr(s.value)}`];
  }
}

function body(ss: Stmt[], ind: string): string[] {
  if (!ss.length) throw new Error("a body without statements");
  return stmts(ss, `${ind}  `);
}

/** A type as an annotation writes it: a record by its name (`show` spells one out whole). */
export function typeText(t: Type): string {
  switch (t.kind) {
    case "array": return `[${typeText(t.elem)}]`;
    case "tuple": return t.record ? t.record.name : `(${t.items.map(typeText).join(", ")})`;
    case "map": return `{${typeText(t.key)}: ${typeText(t.value)}}`;
    case "opt": return `${typeText(t.elem)}?`;
    default: return show(t);
  }
}

/** The program's text: its record types, its functions, then `fn main`. */
export function source(p: Program): string {
  const out: string[] = (p.records ?? []).map((r) => `type ${r.name} = (${r.fields.map((f, k) => `${f}: ${typeText(r.types[k])}`).join(", ")})`);
  for (const f of p.fns) {
    out.push(`${f.name}(${f.params.map((x) => `${x.name}: ${typeText(x.t)}`).join(", ")})`, ...stmts(f.body, "  "), `  ${expr(f.result)}`);
  }
  out.push("fn main", ...stmts(p.main, "  "));
  return out.join("\n") + "\n";
}
