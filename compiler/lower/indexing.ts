// Indexing: `xs[i]` reads and `xs[i] = v` writes. A bounds check is compiled inline — one unsigned
// compare, since a negative i is out of 0..n-1 too — and its rare other path counts a negative i
// from the end and, past it, branches to the function's fault exit with its position (faultOut:
// no call in the loop it is in). The check is
// left out where a loop proves the index in range, and the length is read once before a loop that
// does not assign the array (bounds.ts); an inner loop's unchecked copy leaves out more, a test
// before the loop having chosen it (versioning.ts).
import type { ExpressionRef } from "../binaryen.js";
import type { Expr, Stmt } from "../syntax/ast.js";
import type { Type } from "../types.js";
import type { LowererBase } from "./base.js";
import { mapCall } from "./operators.js";

type Index = Extract<Expr, { kind: "index" }>;

/** The address of element e.index of the array e.target, checked unless proven in range. */
function elementAddress(l: LowererBase, e: Index, elemT: Type): ExpressionRef {
  const { m, b } = l;
  const arrName = e.target.kind === "name" ? e.target.name : undefined;
  const row = l.facts.rows?.get(e.target);
  const named = arrName !== undefined ? l.lookup(arrName) : row !== undefined ? { index: row } : undefined;
  const arr = named ? named.index : l.temp({ kind: "array", elem: elemT });
  const A = () => m.local.get(arr, b.i32);
  const setup: ExpressionRef[] = named ? [] : [m.local.set(arr, l.expr(e.target))];
  const addr = (k: ExpressionRef) => l.cx.elemAddr(elemT, A(), k);
  const idxName = e.index.kind === "name" ? e.index.name : undefined;
  if ((arrName && idxName && l.facts.ranges.get(idxName)?.has(arrName)) || l.facts.safe?.has(e)) {
    return wrapSetup(l, setup, addr(m.i32.wrap(l.expr(e.index))));
  }
  const hoisted = arrName !== undefined ? l.facts.lengths.get(arrName) : undefined;
  const len = () => (hoisted !== undefined ? m.local.get(hoisted, b.i64) : m.i64.extend_u(m.i32.load(0, 4, A(), "memory")));
  const i = l.temp({ kind: "int" });
  const I = () => m.local.get(i, b.i64);
  // a negative i counts from the end; anything still out of range faults (at the body's end)
  const k = m.if(m.i64.lt_u(I(), len()), m.i32.wrap(I()), m.block(null, [
    m.local.set(i, m.i64.add(I(), len())),
    m.if(m.i64.ge_u(I(), len()), l.faultOut("index", e)),
    m.i32.wrap(I()),
  ], b.i32));
  return wrapSetup(l, [...setup, m.local.set(i, l.expr(e.index))], addr(k));
}

function wrapSetup(l: LowererBase, setup: ExpressionRef[], value: ExpressionRef): ExpressionRef {
  return setup.length ? l.m.block(null, [...setup, value], l.b.i32) : value;
}

/** `target[index]` for arrays, strings and maps. */
export function indexRead(l: LowererBase, e: Index): ExpressionRef {
  const { m, b } = l;
  const tt = l.t(e.target);
  if (tt.kind === "map") return l.cx.load(tt.value, mapCall(l, "rt_map_get", tt, l.expr(e.target), l.expr(e.index), e), 0);
  if (tt.kind === "str") return l.callOut("rt_str_at", [l.expr(e.target), l.expr(e.index)], b.i32, e);
  if (tt.kind === "any") {
    const byKey = l.t(e.index).kind === "str";
    return l.callOut(byKey ? "rt_any_get" : "rt_any_at", [l.expr(e.target), l.expr(e.index)], b.i32, e);
  }
  const elemT = (tt as Extract<Type, { kind: "array" }>).elem;
  return l.cx.load(elemT, elementAddress(l, e, elemT), 8);
}

/** `target[index] = value` for arrays and maps; `valueFirst`: the value is computed before the array
 *  and the index (and their check), as Python does for `xs[i] = v`. */
export function indexWrite(l: LowererBase, target: Index, value: ExpressionRef, valueFirst = false): ExpressionRef {
  const { m } = l;
  const containerT = l.t(target.target);
  if (containerT.kind === "map") {
    // the value first: `m[k] += 1` reads m[k] (and faults if k is missing) before k is added
    const v = l.temp(containerT.value), map = l.temp(containerT);
    return m.block(null, [
      m.local.set(v, value),
      m.local.set(map, l.expr(target.target)),
      l.cx.store(containerT.value, mapCall(l, "rt_map_put", containerT, m.local.get(map, l.b.i32), l.expr(target.index), target), 0, m.local.get(v, l.cx.wasm(containerT.value))),
    ]);
  }
  const elemT = (containerT as Extract<Type, { kind: "array" }>).elem;
  if (!valueFirst) return l.cx.store(elemT, elementAddress(l, target, elemT), 8, value, true);
  const v = l.temp(elemT);
  return m.block(null, [m.local.set(v, value), l.cx.store(elemT, elementAddress(l, target, elemT), 8, m.local.get(v, l.cx.wasm(elemT)), true)]);
}

/** `m[k] = m.get(k, d) op x` (op + - or *, int or float values; m and k names, d and x names or
 *  literals): one lookup instead of two. The value is computed from the entry the lookup found (or
 *  from d), then stored into that entry, or into a new one when there was none: nothing evaluated
 *  in between can change the map. Not with fuel, where the get block's call is what is charged. */
export function mapUpdate(l: LowererBase, s: Extract<Stmt, { kind: "assign" }>): ExpressionRef | undefined {
  const { m, b } = l;
  const { target, value: v } = s;
  if (s.op !== "=" || target.kind !== "index" || target.target.kind !== "name" || target.index.kind !== "name" || l.cx.fuel) return undefined;
  const mt = l.t(target.target);
  if (mt.kind !== "map" || (mt.value.kind !== "int" && mt.value.kind !== "float")) return undefined;
  if (v.kind !== "binary" || (v.op !== "+" && v.op !== "-" && v.op !== "*")) return undefined;
  const { checked } = l.cx;
  const mapName = target.target.name, keyName = target.index.name;
  const plain = (e: Expr) => !checked.wraps.has(e) && !checked.calls.has(e);
  const simple = (e: Expr) => plain(e) && (e.kind === "int" || e.kind === "float" || (e.kind === "name" && e.name !== mapName));
  const isGet = (e: Expr): e is Extract<Expr, { kind: "call" }> => {
    const call = checked.calls.get(e);
    return e.kind === "call" && call?.kind === "block" && call.block.name === "get" && e.args.length === 3 && !checked.wraps.has(e) &&
      e.args[0].kind === "name" && e.args[0].name === mapName && e.args[1].kind === "name" && e.args[1].name === keyName && plain(e.args[1]) && simple(e.args[2]);
  };
  const [get, other] = isGet(v.left) ? [v.left, v.right] : isGet(v.right) ? [v.right, v.left] : [undefined, undefined];
  if (!get || !other || !simple(other) || checked.wraps.has(v)) return undefined;
  const map = l.temp(mt), key = l.temp(mt.key), entry = l.temp({ kind: "bool" }), val = l.temp(mt.value);
  const M = () => m.local.get(map, b.i32), K = () => m.local.get(key, l.cx.wasm(mt.key)), E = () => m.local.get(entry, b.i32);
  const found = () => m.i32.ge_s(E(), m.i32.const(0));
  const at = () => m.i32.add(m.i32.load(8, 4, M(), "memory"), m.i32.shl(E(), m.i32.const(4)));
  l.substitutes.set(get, () => m.if(found(), l.cx.load(mt.value, at(), 8), l.expr(get.args[2])));
  const computed = l.expr(v);
  l.substitutes.delete(get);
  // a key that may own its buffer keeps it where the map already has the key, and gives it up to
  // the map where it is added (owned.ts)
  const owned = l.owned.names.has(keyName);
  const keyRead = owned ? m.local.get(l.lookup(keyName)!.index, b.i32) : l.expr(target.index);
  const added = l.cx.store(mt.value, mapCall(l, "rt_map_put", mt, M(), K(), target), 0, m.local.get(val, l.cx.wasm(mt.value)));
  return m.block(null, [
    m.local.set(map, l.expr(target.target)),
    m.local.set(key, keyRead),
    m.local.set(entry, mapCall(l, "rt_map_find", mt, M(), K())),
    m.local.set(val, computed),
    m.if(found(), l.cx.store(mt.value, at(), 8, m.local.get(val, l.cx.wasm(mt.value))),
      owned ? m.block(null, [m.local.set(l.owner(keyName), m.i32.const(0)), added]) : added),
  ]);
}
