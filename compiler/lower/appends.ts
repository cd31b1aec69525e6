// Writes to a string variable that may own a buffer it grows in place (owned.ts): `v += t` and
// `v = ""`. While v owns its buffer, a local holds its length (LowererBase.ownedLength), so that an
// append of one character, the hot path of a loop that builds words, is a store of the byte and of
// the new length without reading the length it stored the turn before (a load that waits for that
// store, turn after turn).
import type { ExpressionRef } from "../binaryen.js";
import type { Expr, Stmt } from "../syntax/ast.js";
import type { LowererBase } from "./base.js";

type Assign = Extract<Stmt, { kind: "assign" }>;

/** `v += part` (or `v = v + part`) for an owned v. */
export function ownedAppend(l: LowererBase, s: Assign, name: string, part: Expr): ExpressionRef {
  const { m, b } = l;
  const v = l.local(name, l.t(s.target)), own = l.owner(name), len = l.ownedLength(name);
  const V = () => m.local.get(v, b.i32), N = () => m.local.get(len, b.i32);
  // v's own value is read as it is (not as a read that gives the buffer up), before the part,
  // which may give it up, and the buffer v owns after it
  const append = m.block(null, [
    m.local.set(v, l.callOut("rt_str_append", [V(), l.expr(part), m.local.get(own, b.i32)], b.i32, s)),
    m.local.set(own, V()),
    m.local.set(len, m.i32.load(0, 4, V(), "memory")),
  ]);
  // a loop's character whose byte the turn read (loops.ts): stored in place when v owns its buffer
  // and it has room for one more byte, as rt_str_append finds (its capacity is a function of its
  // length: up to 15 bytes, or past 16 no power of two, leave room)
  const code = part.kind === "name" ? l.charCodes.get(part.name) : undefined;
  if (code === undefined) return append;
  const C = () => m.local.get(code, b.i32);
  const owns = m.i32.and(m.i32.eq(m.local.get(own, b.i32), V()), m.i32.ne(V(), m.i32.const(0)));
  const room = m.i32.and(m.i32.le_u(N(), m.i32.const(0x40000000)),
    m.i32.or(m.i32.lt_u(N(), m.i32.const(16)), m.i32.ne(m.i32.and(N(), m.i32.sub(N(), m.i32.const(1))), m.i32.const(0))));
  return m.if(m.i32.and(m.i32.and(m.i32.ge_s(C(), m.i32.const(0)), owns), room), m.block(null, [
    m.i32.store8(8, 1, m.i32.add(V(), N()), C(), "memory"),
    m.local.set(len, m.i32.add(N(), m.i32.const(1))),
    m.i32.store(0, 4, V(), N(), "memory"),
  ]), append);
}

/** `v = ""` for an owned v: empties the buffer v owns, if it owns one, to grow again in place.
 *  Nothing else holds it (owned.ts), and its room only seems smaller at a shorter length
 *  (rt_str_append). Undefined for any other assignment. */
export function ownedEmptied(l: LowererBase, s: Assign, name: string): ExpressionRef | undefined {
  const { m, b } = l;
  if (s.op !== "=" || s.value.kind !== "str" || s.value.value !== "" || l.cx.checked.wraps.has(s.value)) return undefined;
  const v = l.local(name, l.t(s.target)), own = l.owner(name);
  const owns = m.i32.and(m.i32.eq(m.local.get(own, b.i32), m.local.get(v, b.i32)), m.i32.ne(m.local.get(own, b.i32), m.i32.const(0)));
  return m.if(owns, m.block(null, [m.i32.store(0, 4, m.local.get(v, b.i32), m.i32.const(0), "memory"), m.local.set(l.ownedLength(name), m.i32.const(0))]),
    l.disowned(name, m.local.set(v, l.expr(s.value))));
}
