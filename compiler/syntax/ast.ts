// The untyped syntax tree the parser builds. Every node carries its source span.
import type { Span } from "../diagnostics.js";

export type TypeExpr =
  | { kind: "named"; name: string; span: Span }
  | { kind: "array"; elem: TypeExpr; span: Span }
  | { kind: "tuple"; items: TypeExpr[]; span: Span }
  | { kind: "map"; key: TypeExpr; value: TypeExpr; span: Span }
  /** `T?` */
  | { kind: "opt"; elem: TypeExpr; span: Span };

export type Expr =
  | { kind: "int"; value: bigint; span: Span }
  | { kind: "float"; value: number; span: Span }
  | { kind: "str"; value: string; span: Span }
  | { kind: "bool"; value: boolean; span: Span }
  /** `null`: no value, of type `T?` for any T. */
  | { kind: "null"; span: Span }
  | { kind: "name"; name: string; span: Span }
  /** `_`, or `_1`, `_2`, … for the parameters of a lambda of several (`n`). */
  | { kind: "placeholder"; n?: number; span: Span }
  | { kind: "array"; items: Expr[]; span: Span }
  | { kind: "tuple"; items: Expr[]; span: Span }
  /** `{k: v, …}`; `{}` is an empty map whose types come from its use. */
  | { kind: "map"; entries: { key: Expr; value: Expr }[]; span: Span }
  /** `f(a, b)` or `a.f(b)` (method: true, receiver first in args). `labels`: the names written
   *  before arguments, `Body(x: 1.0, …)` (one entry an argument, undefined where none is written).
   *  `walks`: the call a comprehension walks its source with, which walks a string's characters. */
  | { kind: "call"; callee: string; calleeSpan: Span; args: Expr[]; method: boolean; span: Span; labels?: (Label | undefined)[]; walks?: boolean }
  /** `p.0`; or a record's field `b.x` (`name` set), which the parser reads as a call `x(b)` and the
   *  checker turns into this once it knows b is a record (check/records.ts). */
  | { kind: "field"; target: Expr; index: number; span: Span; name?: string; nameSpan?: Span }
  | { kind: "index"; target: Expr; index: Expr; span: Span }
  | { kind: "slice"; target: Expr; lo?: Expr; hi?: Expr; span: Span }
  | { kind: "binary"; op: BinOp; left: Expr; right: Expr; opSpan: Span; span: Span }
  | { kind: "unary"; op: "-" | "not" | "~"; operand: Expr; span: Span }
  /** `placeholder`: made by the parser from an argument mentioning `_` (see check/placeholders.ts). */
  | { kind: "lambda"; params: { name: string; span: Span }[]; body: Expr; span: Span; placeholder?: boolean }
  | { kind: "if"; cond: Expr; then: Block; else?: Block; span: Span }
  /** What the parser put where it could not read an expression; `message` when no parse error
   *  reports it (an empty index `xs[]`). */
  | { kind: "error"; span: Span; message?: string };

/** `x:` before a call's argument. */
export interface Label { name: string; span: Span }

export type BinOp = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "and" | "or" | "in" | "not in"
  | "&" | "|" | "^" | "<<" | ">>" | "??";

export type Stmt =
  | { kind: "assign"; target: Expr; op: "=" | "+=" | "-=" | "*=" | "/=" | "//=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>="; value: Expr; span: Span }
  | { kind: "while"; cond: Expr; body: Block; span: Span }
  | { kind: "for"; vars: { name: string; span: Span }[]; iter: Expr; body: Block; span: Span }
  | { kind: "return"; value?: Expr; span: Span }
  | { kind: "break"; span: Span }
  | { kind: "continue"; span: Span }
  | { kind: "expr"; expr: Expr; span: Span };

export interface Block { stmts: Stmt[]; span: Span }

export interface Param { name: string; type?: TypeExpr; span: Span }

/** `script`: the `main` made of the statements outside any function. `host`: declared with
 *  `extern`, a JS function the host passes in (`load(src, { imports })`); its body is empty. */
export interface FnDecl { name: string; nameSpan: Span; params: Param[]; result?: TypeExpr; body: Block; span: Span; script?: boolean; host?: boolean }

/** `import "util.ideo"`: another file's functions (frontend.ts reads it, relative to this file). */
export interface Import { path: string; pathSpan: Span; span: Span }

/** `type Body = (x: float, y: float)`: a record type, its fields in slot order. */
export interface RecordDecl { name: string; nameSpan: Span; fields: { name: string; type: TypeExpr; span: Span }[]; span: Span }

export interface Program { fns: FnDecl[]; imports?: Import[]; records?: RecordDecl[] }
