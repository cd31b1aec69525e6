// The blocks generated programs call, with what the generator needs to call them well-typed: each
// overload's signature matched against a wanted result type, its type variables bound to types the
// block has an instance for. The reference evaluator runs each call through the block's own oracle.
// Left out: blocks whose oracles are compared with a tolerance (their floats differ in the last
// bits by design), and categories whose inputs need a shape the generator does not make or whose
// cost explodes with small inputs (combinatorics, regex, graphs, random, dates, dp, matrix, geometry).
import { chooseInstance } from "../compiler/blocks/registry.js";
import type { Room, Rooms } from "../compiler/blocks/rooms.js";
import type { SigType } from "../compiler/blocks/signature.js";
import { Type, show } from "../compiler/types.js";

const SKIP_CATEGORIES = new Set(["combinatorics", "regex", "graphs", "random", "dates", "dp", "matrix", "geometry"]);
/** Blocks whose cost grows with the size of an int argument (an argument the generator keeps small
 *  would still reach them through data) or whose output is not a value (print-like). */
const SKIP_BLOCKS = new Set(["collatz", "divisors", "factors", "primes", "prime", "perfect", "totient", "factorial", "fib", "catalan", "choose", "partitions", "modinv", "modpow", "iterate", "isqrt", "triangle"]);

export interface Overload { block: Room; k: number }

/** The rooms (with their oracles, blocks/rooms.ts) the generator calls. */
export interface Catalog { overloads: Overload[]; get(name: string): Room | undefined }

export function catalog(registry: Rooms): Catalog {
  const overloads = registry.blocks
    .filter((b) => !SKIP_CATEGORIES.has(b.category) && !SKIP_BLOCKS.has(b.name) && !b.def.test?.tolerance)
    .flatMap((block) => block.sigs.map((_, k) => ({ block, k })))
    // the generator makes no anys and no bytes (their own property tests: tests/any.test.ts, tests/bytes.test.ts)
    .filter(({ block, k }) => !mentions(block.sigs[k], UNGENERATED));
  return { overloads, get: (name) => registry.get(name) };
}

const UNGENERATED: ReadonlySet<SigType["kind"]> = new Set(["any", "byte"]);

function mentions(sig: Room["sigs"][number], kinds: ReadonlySet<SigType["kind"]>): boolean {
  return [...sig.params.map((p) => p.type), sig.result].some((t) => [...partsOf(t)].some((part) => kinds.has(part.kind)));
}

/** Bind the signature's variables so `sig` is `t`; false where it cannot be. */
export function match(sig: SigType, t: Type, env: Map<string, Type>): boolean {
  switch (sig.kind) {
    case "var": {
      const bound = env.get(sig.name);
      if (bound) return show(bound) === show(t);
      if (t.kind === "unit" || t.kind === "fn" || t.kind === "opt") return false;
      env.set(sig.name, t);
      return true;
    }
    case "array": return t.kind === "array" && match(sig.elem, t.elem, env);
    case "tuple": return t.kind === "tuple" && !t.record && t.items.length === sig.items.length && sig.items.every((s, i) => match(s, t.items[i], env));
    case "map": return t.kind === "map" && match(sig.key, t.key, env) && match(sig.value, t.value, env);
    case "fn": return false;
    default: return sig.kind === t.kind;
  }
}

/** The concrete type of a signature type under bound variables. */
export function instantiate(sig: SigType, env: Map<string, Type>): Type {
  switch (sig.kind) {
    case "var": return env.get(sig.name)!;
    case "array": return { kind: "array", elem: instantiate(sig.elem, env) };
    case "tuple": return { kind: "tuple", items: sig.items.map((s) => instantiate(s, env)) };
    case "map": return { kind: "map", key: instantiate(sig.key, env), value: instantiate(sig.value, env) };
    case "fn": return { kind: "fn", params: sig.params.map((s) => instantiate(s, env)), result: instantiate(sig.result, env) };
    default: return { kind: sig.kind };
  }
}

/** A signature type and every type inside it, outermost first. */
function* partsOf(sig: SigType): Generator<SigType> {
  yield sig;
  if (sig.kind === "array") yield* partsOf(sig.elem);
  else if (sig.kind === "tuple") for (const s of sig.items) yield* partsOf(s);
  else if (sig.kind === "map") { yield* partsOf(sig.key); yield* partsOf(sig.value); }
  else if (sig.kind === "fn") { for (const s of sig.params) yield* partsOf(s); yield* partsOf(sig.result); }
}

export function varsOf(sig: SigType, out: Set<string> = new Set()): Set<string> {
  for (const part of partsOf(sig)) if (part.kind === "var") out.add(part.name);
  return out;
}

/** Types a variable may take in this block: its domain (int, float, str, bool; `any` is any type),
 *  less byte, which the generator does not make (sort's T may be a byte). */
export function domainOf(o: Overload, v: string): string[] {
  return (o.block.def.types?.[v] ?? ["any"]).filter((k) => k !== "byte");
}

/** The instantiation the compiler links for these bindings, as its oracle's last argument; undefined
 *  when the block has none (the compiler would reject the call). */
export function instanceEnv(o: Overload, env: Map<string, Type>): Record<string, string> | undefined {
  return chooseInstance(o.block, o.k, Object.fromEntries(env))?.env;
}
