// Property tests of block templates: each block x instantiation, linked alone with the runtime,
// runs against its TypeScript oracle on generated inputs biased to edge cases.
import fc from "fast-check";
import { describe, it, expect, beforeAll } from "vitest";
import { Fault } from "../../blocks/block.js";
import { binaryen, newModule } from "../../compiler/binaryen.js";
import { substitute } from "../../compiler/blocks/signature.js";
import { bindings, type Instance } from "../../compiler/blocks/registry.js";
import { loadRooms, Room } from "../../compiler/blocks/rooms.js";
import { link } from "../../compiler/link/link.js";
import { closure, templateLoader } from "../../compiler/blocks/source.js";
import { checkTemplate } from "../../compiler/blocks/rules.js";
import { IdeoFault, instantiate } from "../../compiler/host/instance.js";
import { buildsMaps, fromWasm, toWasm } from "../../compiler/host/values.js";
import { Type, wasmOf } from "../../compiler/types.js";
import { LAMBDAS, Lambda, lambdaFor } from "./lambdas.js";


const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n;

/** The type an instantiation key (a type, or a lane: i64, f64, i32, i8) is tested with. */
const LANE_TYPE: Record<string, Type> = { int: { kind: "int" }, float: { kind: "float" }, bool: { kind: "bool" }, byte: { kind: "byte" }, str: { kind: "str" }, i64: { kind: "int" }, f64: { kind: "float" }, i32: { kind: "str" }, i8: { kind: "bool" } };

/** Standard generators, biased to the edges the issue names. */
export const gen = {
  fc,
  int: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(0n, 1n, -1n, 2n, -2n, I64_MIN, I64_MAX, I64_MIN + 1n, I64_MAX - 1n) },
    { weight: 5, arbitrary: fc.bigInt({ min: -100n, max: 100n }) },
    { weight: 2, arbitrary: fc.bigInt({ min: I64_MIN, max: I64_MAX }) },
  ),
  small: fc.bigInt({ min: -20n, max: 20n }),
  nat: (max: number) => fc.integer({ min: 0, max }).map(BigInt),
  float: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1, -1, 0.5, 1e308, -1e-308, 5e-324) },
    { weight: 4, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((x) => x / 8) },
    { weight: 3, arbitrary: fc.double() },
  ),
  finite: fc.oneof(fc.integer({ min: -1000, max: 1000 }).map((x) => x / 8), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })),
  str: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom("", "a", "aa", "Hello, World", "e\u0301", "👍🏽", "漢字かな", "ÀÉÎõü", " lead and trail ", "a\tb\nc", "ß", "🇫🇷x") },
    { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom("a", "b", " ", "é", "漢", "😀", "Z", "1", ","), { maxLength: 15 }).map((a) => a.join("")) },
  ),
  bool: fc.boolean(),
  /** Bytes as JS numbers, biased to the ends and to UTF-8's lead and continuation bytes. */
  byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 1, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xff)),
  /** The standard generator for an instantiation key: a type or a lane. */
  lane(k: string): fc.Arbitrary<unknown> {
    return gen.of(LANE_TYPE[k]);
  },
  array<T>(el: fc.Arbitrary<T>, maxLength = 30): fc.Arbitrary<T[]> {
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant([] as T[]) },
      { weight: 1, arbitrary: el.map((x) => [x]) },
      { weight: 1, arbitrary: fc.tuple(el, fc.integer({ min: 2, max: 8 })).map(([x, n]) => Array<T>(n).fill(x)) },
      // size "max" lets arrays reach maxLength (fast-check's default "small" size stops near 10)
      { weight: 1, arbitrary: fc.array(el, { maxLength: 6 }).chain((pool) => (pool.length ? fc.array(fc.constantFrom(...pool), { maxLength, size: "max" }) : fc.constant([] as T[]))) },
      { weight: 1, arbitrary: fc.array(el, { maxLength, size: "max" }).map((xs) => [...xs].sort(compare)) },
      { weight: 1, arbitrary: fc.array(el, { maxLength, size: "max" }).map((xs) => [...xs].sort(compare).reverse()) },
      { weight: 4, arbitrary: fc.array(el, { maxLength, size: "max" }) },
    );
  },
  of(t: Type): fc.Arbitrary<unknown> {
    switch (t.kind) {
      case "int": return gen.int;
      case "float": return gen.float;
      case "bool": return gen.bool;
      case "byte": return gen.byte;
      case "str": return gen.str;
      case "array": return gen.array(gen.of(t.elem));
      case "tuple": return fc.tuple(...t.items.map((i) => gen.of(i)));
      // a Map keeps first-insertion order and lets a later value win, as the runtime's maps do
      case "map": return gen.array(fc.tuple(gen.of(t.key), gen.of(t.value))).map((es) => new Map(es as [unknown, unknown][]));
      case "any": return anyValue();
      default: throw new Error(`no generator for ${t.kind}`);
    }
  },
};

let anyArb: fc.Arbitrary<unknown> | undefined;

/** JSON-like values as an `any` holds them and oracles see them: null, bools, ints as bigint, floats
 *  as numbers that are not integers within 64 bits (a JS number that is one crosses as an int), strs,
 *  lists as arrays and dicts as Maps with str keys, nested a few levels. */
export function anyValue(): fc.Arbitrary<unknown> {
  anyArb ??= fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof({ maxDepth: 3, depthIdentifier: "any" },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: gen.bool },
      { weight: 3, arbitrary: gen.int },
      { weight: 2, arbitrary: gen.float.filter((x) => !(Number.isInteger(x) && Math.abs(x) < 2 ** 63)) },
      { weight: 3, arbitrary: gen.str },
      { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 5, depthIdentifier: "any" }) },
      { weight: 2, arbitrary: fc.array(fc.tuple(gen.str, tie("value")), { maxLength: 4, depthIdentifier: "any" }).map((es) => new Map(es as [unknown, unknown][])) }),
  })).value;
  return anyArb;
}

/** Total order used for sorted/reversed inputs and by oracles: numbers (NaN last), strings by code point. */
export function compare(a: any, b: any): number {
  if (typeof a === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "number" && (Number.isNaN(a) || Number.isNaN(b))) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export { bindings };

export function same(a: unknown, b: unknown, tol = 0): boolean {
  // a [byte] comes back as a Uint8Array; an oracle may give a plain array of the same numbers
  if (a instanceof Uint8Array) a = [...a];
  if (b instanceof Uint8Array) b = [...b];
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (tol && Number.isFinite(a) && Number.isFinite(b)) return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
    return Object.is(a, b) || (a === b && a !== 0);
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i], tol));
  // maps compare in order: keys, values and items promise insertion order
  if (a instanceof Map && b instanceof Map) return same([...a], [...b], tol);
  return a === b;
}

interface Prepared { params: Type[]; lambdaFns: ((...a: any[]) => any)[]; run: (args: unknown[]) => { value?: unknown; fault?: string }; }

async function prepare(b: Room, inst: Instance, templates: Map<string, Uint8Array>, extra: Lambda[]): Promise<Prepared> {
  const env = bindings(inst);
  const sig = b.sigs[inst.overload];
  const params = sig.params.map((p) => substitute(p.type, env));
  const result = substitute(sig.result, env);
  const lambdas: Lambda[] = params.filter((p) => p.kind === "fn").map((p, i) => lambdaFor(p as Extract<Type, { kind: "fn" }>, b.def.test?.lambdas?.[i], extra));
  const bin = await binaryen();
  const m = newModule(bin);
  const table = lambdas.map((l) => l.build(bin, m));
  link(bin, m, { roots: [inst.fn], table, load: (n) => { const t = templates.get(n); if (!t) throw new Error(`no template ${n}`); return t; } });
  m.addFunctionExport(inst.fn, "run");
  for (const f of ["rt_alloc", "rt_mark", "rt_reset"]) m.addFunctionExport(f, f);
  if (params.some(buildsMaps)) for (const f of ["rt_map_new", "rt_map_put"]) m.addFunctionExport(f, f);
  if (!m.validate()) throw new Error(`${inst.fn} does not validate`);
  const wasm = m.emitBinary();
  m.dispose();
  const host = await instantiate(wasm, { write: () => {} });
  const run = host.exports.run as (...a: unknown[]) => unknown;
  return {
    params,
    lambdaFns: lambdas.map((l) => l.js),
    run(args) {
      return host.scoped(() => {
        let li = 0;
        const raw = params.map((t, i) => {
          if (t.kind !== "fn") return toWasm(host, t, args[i]);
          const clo = host.alloc(8);
          new DataView(host.memory.buffer).setInt32(clo, li++, true);
          return clo;
        });
        try {
          return { value: fromWasm(host.memory, result, run(...raw)) };
        } catch (e) {
          if (e instanceof IdeoFault) return { fault: e.fault };
          throw e;
        }
      });
    },
  };
}

function oracleCall(b: Room, inst: Instance, args: unknown[], lambdaFns: ((...a: any[]) => any)[]): { value?: unknown; fault?: string } {
  let li = 0;
  const real = b.sigs[inst.overload].params.map((p, i) => (p.type.kind === "fn" ? lambdaFns[li++] : args[i]));
  try {
    return { value: b.def.oracle(...real, inst.env) };
  } catch (e) {
    if (e instanceof Fault) return { fault: e.fault };
    throw e;
  }
}

/** Register a vitest suite running every block of a category against its oracle. */
/** The folder `propertyTests` names: a category of blocks/ ("strings"), or "stdlib/<category>". */
export function roomFolder(b: Room): string {
  return b.room.startsWith("blocks/") ? b.room.slice("blocks/".length) : b.room;
}

/** Register a vitest suite running every block of a folder against its oracle: `"strings"` for
 *  blocks/strings, `"stdlib/strings"` for the blocks written in Ideo there. */
export function propertyTests(folder: string, extraLambdas: Lambda[] = []): void {
  describe(folder.startsWith("stdlib/") ? folder : `blocks/${folder}`, async () => {
    const registry = await loadRooms();
    const loadTemplate = templateLoader(registry);
    const blocks = registry.blocks.filter((b) => roomFolder(b) === folder);
    it("templates keep the linker's rules", async () => {
      const problems: string[] = [];
      for (const b of blocks) for (const inst of b.instances) problems.push(...(await checkTemplate(inst.fn, await loadTemplate(inst.fn))));
      expect(problems).toEqual([]);
    });
    for (const b of blocks) {
      for (const inst of b.instances) {
        it(`${inst.fn} matches its oracle`, async () => {
          const prepared = await prepare(b, inst, await closure(loadTemplate, inst.fn), extraLambdas);
          const { params, lambdaFns } = prepared;
          const args = b.def.test?.args ? b.def.test.args(gen, inst.env, inst.overload) : fc.tuple(...params.map((t) => (t.kind === "fn" ? fc.constant(null) : gen.of(t))));
          fc.assert(
            fc.property(args, (xs: unknown[]) => {
              const want = oracleCall(b, inst, xs, lambdaFns);
              const got = prepared.run(xs);
              if (want.fault || got.fault) return want.fault === got.fault;
              return same(got.value, want.value, b.def.test?.tolerance ?? 0);
            }),
            { numRuns: b.def.test?.runs ?? 500 },
          );
        }, 60_000);
      }
    }
  });
}

export { LAMBDAS, wasmOf, expect, beforeAll };
export type { Lambda };
export { def as lambda } from "./lambdas.js";
