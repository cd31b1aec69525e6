// Test lambdas for the functional blocks, in addition to tests/support/lambdas.ts. They are searched
// first (by signature), so these choices apply to every block of the folder:
//  - key functions with many collisions (mod5, head) so that group/sortby/minby… see ties;
//  - non-commutative two-argument functions for every (A, T) -> A over the lanes int/float/str, so a
//    fold that applies f in the wrong order or swaps its arguments fails;
//  - generated (P, Q) -> V for zipwith's other lane combinations and (P) -> [V] for flatmap.
// Imported from the harness's lambdas module (not proptest.ts) so the registry, which loads every
// .ts file in blocks/, never pulls vitest in.
import type { Binaryen, Module } from "../../compiler/binaryen.js";
import { LAMBDAS, def as lambda, type Lambda } from "../../tests/support/lambdas.js";

type Lane = "int" | "float" | "str";
const LANES: Lane[] = ["int", "float", "str"];
const wrap = (x: bigint) => BigInt.asIntN(64, x);
const utf8len = (s: string) => Buffer.byteLength(s, "utf8");
const euclid = (x: bigint, m: bigint) => ((x % m) + m) % m;
const truncSat = (x: number) =>
  Number.isNaN(x) ? 0n : x >= 9.223372036854776e18 ? 2n ** 63n - 1n : x <= -9.223372036854776e18 ? -(2n ** 63n) : BigInt(Math.trunc(x));

const MEM = "memory";

/** Helper functions shared by the lambdas, added to the module once. */
function helpers(b: Binaryen, m: Module): void {
  const add = (name: string, params: number[], result: number, vars: number[], body: () => number) => {
    if (!m.getFunction(name)) m.addFunction(name, b.createType(params), result, vars, body());
  };
  const g32 = (i: number) => m.local.get(i, b.i32);
  // copy(dst, src, n): a plain byte loop, so the test lambdas do not depend on bulk-memory feature flags
  add("functional_test_copy", [b.i32, b.i32, b.i32], b.none, [], () =>
    m.block("done", [m.loop("next", m.block(null, [
      m.br("done", m.i32.eqz(g32(2))),
      m.i32.store8(0, 1, g32(0), m.i32.load8_u(0, 1, g32(1), MEM), MEM),
      m.local.set(0, m.i32.add(g32(0), m.i32.const(1))),
      m.local.set(1, m.i32.add(g32(1), m.i32.const(1))),
      m.local.set(2, m.i32.sub(g32(2), m.i32.const(1))),
      m.br("next"),
    ]))]));
  const copy = (dst: number, src: number, n: number) => m.call("functional_test_copy", [dst, src, n], b.none);
  // cat(a, c): a new string a + c
  add("functional_test_cat", [b.i32, b.i32], b.i32, [b.i32, b.i32, b.i32], () =>
    m.block(null, [
      m.local.set(2, m.i32.load(0, 4, g32(0), MEM)),
      m.local.set(3, m.i32.load(0, 4, g32(1), MEM)),
      m.local.set(4, m.call("rt_str_alloc", [m.i32.add(g32(2), g32(3))], b.i32)),
      copy(m.i32.add(g32(4), m.i32.const(8)), m.i32.add(g32(0), m.i32.const(8)), g32(2)),
      copy(m.i32.add(m.i32.add(g32(4), m.i32.const(8)), g32(2)), m.i32.add(g32(1), m.i32.const(8)), g32(3)),
      g32(4),
    ], b.i32));
  // digit(x): the one-character string of x mod 10 (Euclidean)
  add("functional_test_digit", [b.i64], b.i32, [b.i32], () =>
    m.block(null, [
      m.local.set(1, m.call("rt_str_alloc", [m.i32.const(1)], b.i32)),
      m.i32.store8(8, 1, g32(1), m.i32.add(m.i32.wrap(m.i64.rem_u(m.i64.add(m.i64.rem_s(m.local.get(0, b.i64), m.i64.const(10n)), m.i64.const(10n)), m.i64.const(10n))), m.i32.const(48)), MEM),
      g32(1),
    ], b.i32));
  // sign(x): "1" when x < 0 else "0"
  add("functional_test_sign", [b.f64], b.i32, [b.i32], () =>
    m.block(null, [
      m.local.set(1, m.call("rt_str_alloc", [m.i32.const(1)], b.i32)),
      m.i32.store8(8, 1, g32(1), m.i32.add(m.f64.lt(m.local.get(0, b.f64), m.f64.const(0)), m.i32.const(48)), MEM),
      g32(1),
    ], b.i32));
  // head(s): the first code point of s as a string ("" for "")
  add("functional_test_head", [b.i32], b.i32, [b.i32, b.i32, b.i32], () =>
    m.block(null, [
      m.if(m.i32.eqz(m.i32.load(0, 4, g32(0), MEM)), m.return(m.call("rt_str_alloc", [m.i32.const(0)], b.i32))),
      m.local.set(1, m.i32.load8_u(8, 1, g32(0), MEM)),
      m.local.set(2, m.select(m.i32.lt_u(g32(1), m.i32.const(0x80)), m.i32.const(1),
        m.select(m.i32.lt_u(g32(1), m.i32.const(0xe0)), m.i32.const(2), m.select(m.i32.lt_u(g32(1), m.i32.const(0xf0)), m.i32.const(3), m.i32.const(4))))),
      m.local.set(3, m.call("rt_str_alloc", [g32(2)], b.i32)),
      copy(m.i32.add(g32(3), m.i32.const(8)), m.i32.add(g32(0), m.i32.const(8)), g32(2)),
      g32(3),
    ], b.i32));
}

const wasmType = (b: Binaryen, t: Lane) => (t === "int" ? b.i64 : t === "float" ? b.f64 : b.i32);

/** A lane value as an i64 (int itself, float truncated saturating, str its byte length), wasm and JS. */
function h(b: Binaryen, m: Module, t: Lane, local: number): number {
  const v = m.local.get(local, wasmType(b, t));
  return t === "int" ? v : t === "float" ? m.i64.trunc_s_sat.f64(v) : m.i64.extend_u(m.i32.load(0, 4, v, MEM));
}
const hJs = (t: Lane, v: any): bigint => (t === "int" ? v : t === "float" ? truncSat(v) : BigInt(utf8len(v)));

/** An i64 as a lane value: int itself, float converted, str its last decimal digit. */
function conv(b: Binaryen, m: Module, t: Lane, c: number): number {
  return t === "int" ? c : t === "float" ? m.f64.convert_s.i64(c) : m.call("functional_test_digit", [c], b.i32);
}
const convJs = (t: Lane, c: bigint): any => (t === "int" ? c : t === "float" ? Number(c) : String(euclid(c, 10n)));

const I = (b: Binaryen, m: Module, i: number) => m.local.get(i, b.i64);
const F = (b: Binaryen, m: Module, i: number) => m.local.get(i, b.f64);
const S = (b: Binaryen, m: Module, i: number) => m.local.get(i, b.i32);
const bytes64 = (b: Binaryen, m: Module, i: number) => m.i64.extend_u(m.i32.load(0, 4, S(b, m, i), MEM));
const bytesF = (b: Binaryen, m: Module, i: number) => m.f64.convert_u.i32(m.i32.load(0, 4, S(b, m, i), MEM));

const pick = (name: string) => LAMBDAS.find((l) => l.name === name)!;

/** Non-commutative (A, T) -> A for every pair of lanes. */
const FOLDS: Lambda[] = [
  lambda("poly", "(int, int) -> int", (a: bigint, x: bigint) => wrap(a * 31n + x),
    (b, m) => ({ params: [b.i64, b.i64], result: b.i64, expr: m.i64.add(m.i64.mul(I(b, m, 1), m.i64.const(31n)), I(b, m, 2)) })),
  lambda("fhalf", "(float, float) -> float", (a: number, x: number) => a * 0.5 + x,
    (b, m) => ({ params: [b.f64, b.f64], result: b.f64, expr: m.f64.add(m.f64.mul(F(b, m, 1), m.f64.const(0.5)), F(b, m, 2)) })),
  lambda("bitf", "(int, float) -> int", (a: bigint, x: number) => wrap(a * 2n + (x > 0 ? 1n : 0n)),
    (b, m) => ({ params: [b.i64, b.f64], result: b.i64, expr: m.i64.add(m.i64.mul(I(b, m, 1), m.i64.const(2n)), m.i64.extend_u(m.f64.gt(F(b, m, 2), m.f64.const(0)))) })),
  lambda("mul3len", "(int, str) -> int", (a: bigint, s: string) => wrap(a * 3n + BigInt(utf8len(s))),
    (b, m) => ({ params: [b.i64, b.i32], result: b.i64, expr: m.i64.add(m.i64.mul(I(b, m, 1), m.i64.const(3n)), bytes64(b, m, 2)) })),
  lambda("halfi", "(float, int) -> float", (a: number, x: bigint) => a * 0.5 + Number(x),
    (b, m) => ({ params: [b.f64, b.i64], result: b.f64, expr: m.f64.add(m.f64.mul(F(b, m, 1), m.f64.const(0.5)), m.f64.convert_s.i64(I(b, m, 2))) })),
  lambda("halfs", "(float, str) -> float", (a: number, s: string) => a * 0.5 + utf8len(s),
    (b, m) => ({ params: [b.f64, b.i32], result: b.f64, expr: m.f64.add(m.f64.mul(F(b, m, 1), m.f64.const(0.5)), bytesF(b, m, 2)) })),
  lambda("cat", "(str, str) -> str", (a: string, c: string) => a + c, (b, m) => {
    helpers(b, m);
    return { params: [b.i32, b.i32], result: b.i32, expr: m.call("functional_test_cat", [S(b, m, 1), S(b, m, 2)], b.i32) };
  }),
  lambda("catdigit", "(str, int) -> str", (a: string, x: bigint) => a + String(euclid(x, 10n)), (b, m) => {
    helpers(b, m);
    return { params: [b.i32, b.i64], result: b.i32, expr: m.call("functional_test_cat", [S(b, m, 1), m.call("functional_test_digit", [I(b, m, 2)], b.i32)], b.i32) };
  }),
  lambda("catsign", "(str, float) -> str", (a: string, x: number) => a + (x < 0 ? "1" : "0"), (b, m) => {
    helpers(b, m);
    return { params: [b.i32, b.f64], result: b.i32, expr: m.call("functional_test_cat", [S(b, m, 1), m.call("functional_test_sign", [F(b, m, 2)], b.i32)], b.i32) };
  }),
];

/** (P, Q) -> V = conv_V(h(p) * 7 + h(q)): for zipwith's lane combinations not covered above. */
const ZIPS: Lambda[] = LANES.flatMap((p) => LANES.flatMap((q) => LANES.map((v) =>
  lambda(`zip_${p}_${q}_${v}`, `(${p}, ${q}) -> ${v}`, (x: any, y: any) => convJs(v, wrap(hJs(p, x) * 7n + hJs(q, y))), (b, m) => {
    helpers(b, m);
    return { params: [wasmType(b, p), wasmType(b, q)], result: wasmType(b, v), expr: conv(b, m, v, m.i64.add(m.i64.mul(h(b, m, p, 1), m.i64.const(7n)), h(b, m, q, 2))) };
  }))));

/** (P) -> [V]: c = h(x); (c mod 4) elements conv_V(c), conv_V(c + 1), …: empty results included. */
const SPREADS: Lambda[] = LANES.flatMap((p) => LANES.map((v) =>
  lambda(`spread_${p}_${v}`, `(${p}) -> [${v}]`, (x: any) => {
    const c = hJs(p, x);
    return Array.from({ length: Number(euclid(c, 4n)) }, (_, i) => convJs(v, wrap(c + BigInt(i))));
  }, (b, m) => {
    helpers(b, m);
    const size = v === "str" ? 4 : 8;
    const item = (i: number) => conv(b, m, v, m.i64.add(h(b, m, p, 1), m.i64.const(BigInt(i))));
    const store = (i: number) => {
      const at = 8 + i * size;
      const val = item(i);
      return v === "int" ? m.i64.store(at, 8, S(b, m, 3), val, MEM) : v === "float" ? m.f64.store(at, 8, S(b, m, 3), val, MEM) : m.i32.store(at, 4, S(b, m, 3), val, MEM);
    };
    return {
      params: [wasmType(b, p)], result: b.i32,
      expr: m.block(null, [
        m.local.set(2, m.i32.wrap(m.i64.rem_u(m.i64.add(m.i64.rem_s(h(b, m, p, 1), m.i64.const(4n)), m.i64.const(4n)), m.i64.const(4n)))),
        m.local.set(3, m.call("rt_arr_alloc", [S(b, m, 2), m.i32.const(size)], b.i32)),
        ...[0, 1, 2].map((i) => m.if(m.i32.gt_u(S(b, m, 2), m.i32.const(i)), store(i))),
        S(b, m, 3),
      ], b.i32),
    };
  })));

/** Key functions with collisions, preferred over the harness's defaults of the same signature. */
const KEYS: Lambda[] = [
  pick("mod5"),
  lambda("head", "(str) -> str", (s: string) => (s === "" ? "" : String.fromCodePoint(s.codePointAt(0)!)), (b, m) => {
    helpers(b, m);
    return { params: [b.i32], result: b.i32, expr: m.call("functional_test_head", [S(b, m, 1)], b.i32) };
  }),
];

export const FUNCTIONAL_LAMBDAS: Lambda[] = [...KEYS, ...FOLDS, ...ZIPS, ...SPREADS];
