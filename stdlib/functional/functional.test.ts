import { propertyTests, lambda } from "../../tests/support/proptest.js";

// comparisons for sortwith: each a consistent order (descending ints, negatives before the rest,
// shorter UTF-8 first), so every stable sort gives one answer
const sign = (x: number) => (x < 0 ? -1n : x > 0 ? 1n : 0n);
propertyTests("stdlib/functional", [
  lambda("cmpdesc", "(int, int) -> int", (a: bigint, b: bigint) => (b < a ? -1n : b > a ? 1n : 0n),
    (b, m) => ({ params: [b.i64, b.i64], result: b.i64, expr: m.i64.sub(m.i64.extend_u(m.i64.lt_s(m.local.get(1, b.i64), m.local.get(2, b.i64))), m.i64.extend_u(m.i64.gt_s(m.local.get(1, b.i64), m.local.get(2, b.i64)))) })),
  lambda("cmpneg", "(float, float) -> int", (a: number, c: number) => sign(Number(!(a < 0)) - Number(!(c < 0))),
    (b, m) => ({ params: [b.f64, b.f64], result: b.i64, expr: m.i64.sub(m.i64.extend_u(m.i32.eqz(m.f64.lt(m.local.get(1, b.f64), m.f64.const(0)))), m.i64.extend_u(m.i32.eqz(m.f64.lt(m.local.get(2, b.f64), m.f64.const(0))))) })),
  lambda("cmplen", "(str, str) -> int", (a: string, c: string) => BigInt(Buffer.byteLength(a) - Buffer.byteLength(c)),
    (b, m) => ({ params: [b.i32, b.i32], result: b.i64, expr: m.i64.sub(m.i64.extend_u(m.i32.load(0, 4, m.local.get(1, b.i32), "memory")), m.i64.extend_u(m.i32.load(0, 4, m.local.get(2, b.i32), "memory"))) })),
]);
