// What the checker gives the stages after it (lowering, the host): each function's signature and
// locals, each expression's type, what each call reaches, each lambda's captures, the diagnostics.
import type { Expr, FnDecl } from "../syntax/ast.js";
import type { Diagnostic } from "../diagnostics.js";
import type { BlockInfo, Instance } from "../blocks/registry.js";
import type { Ty } from "./unify.js";

/** What a call reaches: a user function, a block's overload (its template chosen once types are
 *  final), `print`, or a function held in a variable. */
export type CallTarget =
  | { kind: "fn"; name: string }
  | { kind: "block"; block: BlockInfo; overload: number; vars: Record<string, Ty>; instance?: Instance }
  | { kind: "print" }
  /** the program's standard input, all of it that is left (`stdin`) */
  | { kind: "stdin" }
  | { kind: "closure"; name: string }
  /** `Body(x: 1.0, y: 2.0)`: a record made; `slots[i]` is the field argument i sets. */
  | { kind: "record"; slots: number[] };

/** `fields`: the lambda takes one tuple and names its fields, `(a, b) => …` where a function of a pair is expected. */
export interface LambdaInfo { id: number; captures: string[]; params: Ty[]; result: Ty; fields?: Ty[] }
export interface FnInfo { decl: FnDecl; params: Ty[]; result: Ty; locals: Map<string, Ty> }

export interface Checked {
  fns: Map<string, FnInfo>;
  /** Functions whose parameter types inference left open (before defaults): their shapes, `['a]`. */
  generic: Map<string, string[]>;
  types: Map<Expr, Ty>;
  calls: Map<Expr, CallTarget>;
  lambdas: Map<Expr, LambdaInfo>;
  /** Plain values that flow where an optional or an any is wanted (`if c: null else x`), with the
   *  type each is lowered into (boxed, or put in a tagged cell: check/lift.ts). */
  wraps: Map<Expr, Ty>;
  /** Functions without a result annotation whose results are of kinds only an any holds (`return n`
   *  and `return false`): the front end checks the program again with these results `any`. */
  anyResults: Set<string>;
  diagnostics: Diagnostic[];
}
