// Lambdas for property-testing blocks that take functions: each is built in WebAssembly with
// Binaryen (taking the closure pointer first, as compiled lambdas do) and has a JS twin for the oracle.
import type { Binaryen, Module } from "../../compiler/binaryen.js";
import { Type, show } from "../../compiler/types.js";

export interface Lambda {
  name: string;
  sig: string;
  js: (...a: any[]) => any;
  build: (b: Binaryen, m: Module) => string;
}

const wrap = (x: bigint) => BigInt.asIntN(64, x);
const utf8len = (s: string) => new TextEncoder().encode(s).length;

export function def(name: string, sig: string, js: (...a: any[]) => any, body: (b: Binaryen, m: Module) => { params: number[]; result: number; expr: number }): Lambda {
  return {
    name, sig, js,
    build(b, m) {
      const fname = `test_lambda_${name}`;
      if (!m.getFunction(fname)) {
        const { params, result, expr } = body(b, m);
        // locals up to index 9 exist so helpers such as oneChar have scratch space
        const vars = Array(Math.max(0, 10 - 1 - params.length)).fill(b.i32);
        m.addFunction(fname, b.createType([b.i32, ...params]), result, vars, expr);
      }
      return fname;
    },
  };
}

export const LAMBDAS: Lambda[] = [
  def("triple1", "(int) -> int", (x: bigint) => wrap(x * 3n + 1n), (b, m) => ({ params: [b.i64], result: b.i64, expr: m.i64.add(m.i64.mul(m.local.get(1, b.i64), m.i64.const(3n)), m.i64.const(1n)) })),
  def("mod5", "(int) -> int", (x: bigint) => ((x % 5n) + 5n) % 5n, (b, m) => ({ params: [b.i64], result: b.i64, expr: m.i64.rem_u(m.i64.add(m.i64.rem_s(m.local.get(1, b.i64), m.i64.const(5n)), m.i64.const(5n)), m.i64.const(5n)) })),
  def("even", "(int) -> bool", (x: bigint) => (x & 1n) === 0n, (b, m) => ({ params: [b.i64], result: b.i32, expr: m.i64.eqz(m.i64.and(m.local.get(1, b.i64), m.i64.const(1n))) })),
  def("tofloat", "(int) -> float", (x: bigint) => Number(x), (b, m) => ({ params: [b.i64], result: b.f64, expr: m.f64.convert_s.i64(m.local.get(1, b.i64)) })),
  def("double", "(float) -> float", (x: number) => x * 2, (b, m) => ({ params: [b.f64], result: b.f64, expr: m.f64.mul(m.local.get(1, b.f64), m.f64.const(2)) })),
  def("positive", "(float) -> bool", (x: number) => x > 0, (b, m) => ({ params: [b.f64], result: b.i32, expr: m.f64.gt(m.local.get(1, b.f64), m.f64.const(0)) })),
  def("bytes", "(str) -> int", (s: string) => BigInt(utf8len(s)), (b, m) => ({ params: [b.i32], result: b.i64, expr: m.i64.extend_u(m.i32.load(0, 4, m.local.get(1, b.i32), "memory")) })),
  def("short", "(str) -> bool", (s: string) => utf8len(s) < 3, (b, m) => ({ params: [b.i32], result: b.i32, expr: m.i32.lt_u(m.i32.load(0, 4, m.local.get(1, b.i32), "memory"), m.i32.const(3)) })),
  def("ident_str", "(str) -> str", (s: string) => s, (b, m) => ({ params: [b.i32], result: b.i32, expr: m.local.get(1, b.i32) })),
  def("add", "(int, int) -> int", (a: bigint, x: bigint) => wrap(a + x), (b, m) => ({ params: [b.i64, b.i64], result: b.i64, expr: m.i64.add(m.local.get(1, b.i64), m.local.get(2, b.i64)) })),
  def("maxi", "(int, int) -> int", (a: bigint, x: bigint) => (a > x ? a : x), (b, m) => ({ params: [b.i64, b.i64], result: b.i64, expr: m.select(m.i64.gt_s(m.local.get(1, b.i64), m.local.get(2, b.i64)), m.local.get(1, b.i64), m.local.get(2, b.i64)) })),
  def("fadd", "(float, float) -> float", (a: number, x: number) => a + x, (b, m) => ({ params: [b.f64, b.f64], result: b.f64, expr: m.f64.add(m.local.get(1, b.f64), m.local.get(2, b.f64)) })),
  def("addlen", "(int, str) -> int", (a: bigint, s: string) => wrap(a + BigInt(utf8len(s))), (b, m) => ({ params: [b.i64, b.i32], result: b.i64, expr: m.i64.add(m.local.get(1, b.i64), m.i64.extend_u(m.i32.load(0, 4, m.local.get(2, b.i32), "memory"))) })),
  def("lt", "(int, int) -> bool", (a: bigint, x: bigint) => a < x, (b, m) => ({ params: [b.i64, b.i64], result: b.i32, expr: m.i64.lt_s(m.local.get(1, b.i64), m.local.get(2, b.i64)) })),
  def("flt", "(float, float) -> bool", (a: number, x: number) => a < x, (b, m) => ({ params: [b.f64, b.f64], result: b.i32, expr: m.f64.lt(m.local.get(1, b.f64), m.local.get(2, b.f64)) })),
  def("ident_int", "(int) -> int", (x: bigint) => x, (b, m) => ({ params: [b.i64], result: b.i64, expr: m.local.get(1, b.i64) })),
  def("ident_float", "(float) -> float", (x: number) => x, (b, m) => ({ params: [b.f64], result: b.f64, expr: m.local.get(1, b.f64) })),
  def("trunc", "(float) -> int", (x: number) => (Number.isNaN(x) ? 0n : x >= 9.223372036854776e18 ? 2n ** 63n - 1n : x <= -9.223372036854776e18 ? -(2n ** 63n) : BigInt(Math.trunc(x))),
    (b, m) => ({ params: [b.f64], result: b.i64, expr: m.i64.trunc_s_sat.f64(m.local.get(1, b.f64)) })),
  def("bytesf", "(str) -> float", (s: string) => utf8len(s), (b, m) => ({ params: [b.i32], result: b.f64, expr: m.f64.convert_u.i32(m.i32.load(0, 4, m.local.get(1, b.i32), "memory")) })),
  def("digit", "(int) -> str", (x: bigint) => String(((x % 10n) + 10n) % 10n), (b, m) => ({ params: [b.i64], result: b.i32, expr: oneChar(b, m, m.i32.wrap(m.i64.rem_u(m.i64.add(m.i64.rem_s(m.local.get(1, b.i64), m.i64.const(10n)), m.i64.const(10n)), m.i64.const(10n)))) })),
  def("fsign", "(float) -> str", (x: number) => (x < 0 ? "1" : "0"), (b, m) => ({ params: [b.f64], result: b.i32, expr: oneChar(b, m, m.f64.lt(m.local.get(1, b.f64), m.f64.const(0))) })),
];

/** A one-character string "0".."9" for a digit value: allocates through the runtime like any block. */
function oneChar(b: Binaryen, m: Module, digit: number): number {
  const p = m.call("rt_str_alloc", [m.i32.const(1)], b.i32);
  // the lambda's one extra local (index = params) holds the new string
  return m.block(null, [
    m.local.set(9, p),
    m.i32.store8(8, 1, m.local.get(9, b.i32), m.i32.add(digit, m.i32.const(48)), "memory"),
    m.local.get(9, b.i32),
  ], b.i32);
}

const truncSat = (x: number) => (Number.isNaN(x) ? 0n : x >= 9.223372036854776e18 ? 2n ** 63n - 1n : x <= -9.223372036854776e18 ? -(2n ** 63n) : BigInt(Math.trunc(x)));

/** A lambda for a signature no listed one has (the i8 lane's instantiations take bools where the
 *  others take ints, floats or strings): each argument becomes an int — a float truncated, a
 *  string's byte length, a bool 0 or 1 — and their wrapping sum s gives the result: s itself, s as
 *  a float, whether s is even, s's last digit as a string; for an array result, [that] when s is
 *  odd and [] when it is even. */
export function synthesized(t: Extract<Type, { kind: "fn" }>): Lambda {
  const sig = `(${t.params.map(show).join(", ")}) -> ${show(t.result)}`;
  const scalar = t.result.kind === "array" ? t.result.elem : t.result;
  const toInt = (v: unknown, p: Type): bigint => p.kind === "int" ? v as bigint : p.kind === "float" ? truncSat(v as number) : p.kind === "str" ? BigInt(utf8len(v as string)) : v ? 1n : 0n;
  const of = (s: bigint): unknown => scalar.kind === "int" ? s : scalar.kind === "float" ? Number(s) : scalar.kind === "bool" ? (s & 1n) === 0n : String(((s % 10n) + 10n) % 10n);
  const js = (...args: unknown[]) => {
    const s = wrap(args.reduce<bigint>((acc, v, i) => acc + toInt(v, t.params[i]), 0n));
    return t.result.kind === "array" ? ((s & 1n) ? [of(s)] : []) : of(s);
  };
  return def(`auto_${sig.replace(/[^a-z0-9]+/g, "_")}`, sig, js, (b, m) => {
    const wasm = (p: Type) => (p.kind === "int" ? b.i64 : p.kind === "float" ? b.f64 : b.i32);
    const arg = (p: Type, i: number) => {
      const v = m.local.get(i + 1, wasm(p));
      return p.kind === "int" ? v : p.kind === "float" ? m.i64.trunc_s_sat.f64(v) : p.kind === "str" ? m.i64.extend_u(m.i32.load(0, 4, v, "memory")) : m.i64.extend_u(v);
    };
    const s = () => t.params.reduce<number>((acc, p, i) => m.i64.add(acc, arg(p, i)), m.i64.const(0n));
    const value = () => scalar.kind === "int" ? s() : scalar.kind === "float" ? m.f64.convert_s.i64(s()) : scalar.kind === "bool" ? m.i64.eqz(m.i64.and(s(), m.i64.const(1n)))
      : oneChar(b, m, m.i32.wrap(m.i64.rem_u(m.i64.add(m.i64.rem_s(s(), m.i64.const(10n)), m.i64.const(10n)), m.i64.const(10n))));
    if (t.result.kind !== "array") return { params: t.params.map(wasm), result: wasm(t.result), expr: value() };
    // the array in local 8 (oneChar uses 9): one element when s is odd
    const size = scalar.kind === "bool" ? 1 : scalar.kind === "str" ? 4 : 8;
    const odd = () => m.i32.wrap(m.i64.and(s(), m.i64.const(1n)));
    const store = scalar.kind === "int" ? m.i64.store(8, 8, m.local.get(8, b.i32), value(), "memory") : scalar.kind === "float" ? m.f64.store(8, 8, m.local.get(8, b.i32), value(), "memory")
      : scalar.kind === "bool" ? m.i32.store8(8, 1, m.local.get(8, b.i32), value(), "memory") : m.i32.store(8, 4, m.local.get(8, b.i32), value(), "memory");
    return { params: t.params.map(wasm), result: b.i32, expr: m.block(null, [
      m.local.set(8, m.call("rt_arr_alloc", [odd(), m.i32.const(size)], b.i32)),
      m.if(odd(), store),
      m.local.get(8, b.i32),
    ], b.i32) };
  });
}

/** The named lambda, or the first one whose signature fits the function type, or one made for it
 *  (a named one is for the instantiations it fits; the others get the first that fits). */
export function lambdaFor(t: Extract<Type, { kind: "fn" }>, name?: string, extra: Lambda[] = []): Lambda {
  const sig = `(${t.params.map(show).join(", ")}) -> ${show(t.result)}`;
  const all = [...extra, ...LAMBDAS];
  if (name && !all.some((x) => x.name === name)) throw new Error(`no test lambda ${name}`);
  return all.find((x) => x.name === name && x.sig === sig) ?? all.find((x) => x.sig === sig) ?? synthesized(t);
}
