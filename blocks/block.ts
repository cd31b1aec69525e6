// The contract of a block's room. Each blocks/<category>/<name>.ts default-exports one BlockDef;
// its WAT template sits beside it. The registry (compiler/blocks/registry.ts) finds them by walking
// blocks/, so adding a block touches no compiler file.

/** A value as oracles see it: int as bigint, float as number, bool, str as string, arrays and tuples as arrays, maps as Maps;
 *  an `any` as the value it holds (a list as an array, a dict as a Map), null as null. */
export type Value = bigint | number | boolean | string | Value[] | Map<Value, Value> | null;

/** Raised by an oracle where the block must trap; the template traps with the same fault. */
export class Fault extends Error {
  constructor(public readonly fault: FaultName) { super(fault); }
}

export type FaultName = "index" | "divzero" | "empty" | "argument" | "memory" | "overflow" | "stack" | "key" | "type" | "fuel";

export interface Example {
  /** An Ideo expression using the block. */
  code: string;
  /** The value it gives, as `print` shows it. */
  result: string;
}

export interface BlockDef {
  name: string;
  aliases?: string[];
  /** `(xs: [T], f: T => U) -> [U]`: parameter names, types, lambdas as `A => B` or `(A, B) => C`.
   *  Several signatures make overloads, told apart by the first parameter (e.g. `[T]` and `str`). */
  sig: string | string[];
  /** The element types each type variable is instantiated at. `any` here means every type — the
   *  `any` type among them — with one instantiation per storage lane (i64, f64, i32); in a signature,
   *  `any` is that one type (`(x: any) -> bool`), and type variables are single capitals. */
  types?: Record<string, string[]>;
  doc: string;
  examples: Example[];
  /** The reference implementation the template is property-tested against. Its last argument is
   *  the instantiation, e.g. `{ T: "float" }`, for oracles that must know the element type. */
  oracle: (...args: any[]) => Value;
  /** The WAT template file beside this one (default `<name>.wat`). */
  template?: string;
  /** Property-test options: custom argument generators and float tolerance. */
  test?: BlockTest;
  /** The block reads a bounded or logarithmic part of the arrays, strings and maps it is given (len
   *  of an array, get, first, bsearch), so a program compiled with fuel does not charge the call 8
   *  units for each of their elements (docs/language.md, "Limits"). One entry per signature when
   *  they differ (len of a string counts its code points: it reads all of it). */
  sublinear?: boolean | boolean[];
}

export interface BlockTest {
  /** Replace the generated arguments: receives the standard generators for the instantiation. */
  args?: (gen: any, inst: Record<string, string>, overload: number) => any;
  /** Relative tolerance for float results (e.g. sums computed in another order). */
  tolerance?: number;
  /** Names of test lambdas (tests/support/lambdas.ts) for the lambda parameters, in order. */
  lambdas?: string[];
  /** Cases per instantiation (default 500). */
  runs?: number;
}

export const block = (def: BlockDef): BlockDef => def;
