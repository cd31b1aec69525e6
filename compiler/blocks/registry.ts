// The block registry: resolves names and aliases, instantiates generic signatures, and suggests near
// names for typos. The compiler builds it from the index `npm run build` writes (build/registry.json,
// read through compiler/assets.ts): what each room declares, without its oracle and tests, so a start
// reads one file instead of importing every room (blocks/rooms.ts walks the rooms for the build and
// the tests).
import { assets, BlockMeta, RegistryIndex } from "../assets.js";
import { Type, isNarrow, key as typeKey, wasmOf } from "../types.js";
import { Signature, parseSignature, substitute, typeVars } from "./signature.js";

export type { BlockMeta, RegistryIndex };

export interface Instance {
  /** Which of the block's signatures (overloads) this instantiates. */
  overload: number;
  /** e.g. "int", "int_float"; "" for a block without type variables. */
  key: string;
  /** Type variable -> domain entry (int, float, bool, str, or a lane i64/f64/i32). */
  env: Record<string, string>;
  /** The template's entry function name, e.g. sort_int. */
  fn: string;
}

export interface BlockInfo {
  def: BlockMeta;
  name: string;
  category: string;
  /** The block's folder: blocks/<category>, or stdlib/<category> for a block written in Ideo. */
  room: string;
  /** One signature per overload (e.g. `len` of an array and of a string). */
  sigs: Signature[];
  instances: Instance[];
}

export class Registry<B extends BlockInfo = BlockInfo> {
  private byName = new Map<string, B>();
  private aliasOf = new Map<string, string>();
  /** In how many example programs each block name or alias occurs: the card's measure of how common
   *  a block is. */
  readonly usage: Map<string, number>;
  constructor(readonly blocks: B[], usage: Record<string, number> = {}) {
    this.usage = new Map(Object.entries(usage));
    for (const b of blocks) this.byName.set(b.name, b);
    for (const b of blocks) for (const a of b.def.aliases ?? []) if (!this.byName.has(a)) this.aliasOf.set(a, b.name);
  }
  /** A block by name or alias; spellings from other languages (`sortBy`, `is_prime`) fold to
   *  lowercase without underscores. */
  get(name: string): B | undefined {
    const direct = this.byName.get(name) ?? this.byName.get(this.aliasOf.get(name) ?? "");
    if (direct) return direct;
    const folded = name.toLowerCase().replace(/_/g, "");
    return folded === name ? undefined : this.get(folded);
  }
  isAlias(name: string): boolean { return !this.byName.has(name) && !!this.get(name); }
  names(): string[] { return [...this.byName.keys()]; }
  aliases(): string[] { return [...this.aliasOf.keys()]; }
}

/** The storage lanes an `any` type variable is instantiated at: i8 holds bools and bytes (one byte
 *  in an array), i32 strings, arrays and other pointers. */
export const LANES = ["i64", "f64", "i32", "i8"];

/** The lane a value of type t is stored in. */
export const laneOf = (t: Type): string => (isNarrow(t) ? "i8" : wasmOf(t));

/** The type an instantiation's domain entry stands for: a lane by a type that travels in it. */
const DOMAIN_TYPE: Record<string, Type> = { int: { kind: "int" }, float: { kind: "float" }, bool: { kind: "bool" }, byte: { kind: "byte" }, str: { kind: "str" }, i64: { kind: "int" }, f64: { kind: "float" }, i32: { kind: "str" }, i8: { kind: "bool" } };

export function bindings(inst: Instance): Record<string, Type> {
  return Object.fromEntries(Object.entries(inst.env).map(([k, v]) => [k, DOMAIN_TYPE[v]]));
}

/** An instantiation's parameter and result types (a lane stands for a type that travels in it). */
export function instanceTypes(b: BlockInfo, inst: Instance): { params: Type[]; result: Type } {
  const env = bindings(inst), sig = b.sigs[inst.overload];
  return { params: sig.params.map((p) => substitute(p.type, env)), result: substitute(sig.result, env) };
}

export function instancesOf(name: string, sigs: Signature[], domains: Record<string, string[]>): Instance[] {
  // Overload 0 names its instances plainly (sort_int); a later overload is tagged by its first
  // parameter when it is not generic (len_str), else by its position (count_o1_int).
  const out = sigs.flatMap((sig, k) => {
    const vars = typeVars(sig);
    const first = sig.params[0]?.type;
    const tag = k === 0 ? "" : vars.length === 0 && first && first.kind !== "var" ? `${showKey(first)}${sig.params.length > 1 ? sig.params.length : ""}` : `o${k}`;
    return instancesOfOne(name, vars, domains).map((i) => {
      const key = [tag, i.key].filter(Boolean).join("_");
      return { ...i, overload: k, key, fn: key ? `${name}_${key}` : name };
    });
  });
  const fns = out.map((i) => i.fn);
  if (new Set(fns).size !== fns.length) throw new Error(`${name}: overloads give the same template name twice (${fns.join(", ")})`);
  return out;
}

function showKey(t: Signature["result"]): string {
  return t.kind === "array" ? `arr_${showKey(t.elem)}` : t.kind === "tuple" ? "tup" : t.kind === "fn" ? "fn" : t.kind === "map" ? "map" : t.kind === "var" ? t.name : t.kind;
}

function instancesOfOne(name: string, vars: string[], domains: Record<string, string[]>): Omit<Instance, "overload">[] {
  let envs: Record<string, string>[] = [{}];
  for (const v of vars) {
    const dom = (domains[v] ?? ["any"]).flatMap((d) => (d === "any" ? LANES : [d]));
    envs = envs.flatMap((e) => dom.map((d) => ({ ...e, [v]: d })));
  }
  return envs.map((env) => {
    const key = vars.map((v) => env[v]).join("_");
    return { key, env, fn: key ? `${name}_${key}` : name };
  });
}

/** The instance to use for concrete bindings of the type variables: an exact type first, then a lane. */
export function chooseInstance(b: BlockInfo, overload: number, binding: Record<string, Type>): Instance | undefined {
  const vars = typeVars(b.sigs[overload]);
  const wanted = vars.map((v) => binding[v]);
  if (wanted.some((t) => !t)) return undefined;
  const mine = b.instances.filter((i) => i.overload === overload);
  const exact = mine.find((inst) => vars.every((v, i) => inst.env[v] === typeKey(wanted[i])));
  return exact ?? mine.find((inst) => vars.every((v, i) => inst.env[v] === typeKey(wanted[i]) || inst.env[v] === laneOf(wanted[i])));
}

/** A block's entry as the compiler uses it, from its declaration. */
export function blockInfo(def: BlockMeta, category: string, room: string): BlockInfo {
  const sigs = (Array.isArray(def.sig) ? def.sig : [def.sig]).map(parseSignature);
  return { def, name: def.name, category, room, sigs, instances: instancesOf(def.name, sigs, def.types ?? {}) };
}

export function registryFromIndex(index: RegistryIndex): Registry {
  return new Registry(index.blocks.map(({ category, room, ...def }) => blockInfo(def, category, room)), index.usage);
}

let cached: Promise<Registry> | undefined;
let loaded: Registry | undefined;

/** The registry, if `loadRegistry()` has finished. */
export function loadedRegistry(): Registry | undefined {
  return loaded;
}

export function loadRegistry(): Promise<Registry> {
  cached ??= assets().registryIndex().then((index) => (loaded = registryFromIndex(index)));
  return cached;
}
