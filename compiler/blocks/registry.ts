// The block registry, built by walking blocks/<category>/<name>.(ts|js). Resolves names and aliases,
// instantiates generic signatures, and suggests near names for typos.
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BlockDef } from "../../blocks/block.js";
import { BLOCKS_CODE, BLOCKS_SRC } from "../paths.js";
import { Type, key as typeKey, wasmOf } from "../types.js";
import { Signature, parseSignature, typeVars } from "./signature.js";

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
  def: BlockDef;
  name: string;
  category: string;
  /** Folder holding the block's room (source tree). */
  dir: string;
  /** One signature per overload (e.g. `len` of an array and of a string). */
  sigs: Signature[];
  instances: Instance[];
}

export class Registry {
  private byName = new Map<string, BlockInfo>();
  /** Rooms that failed to load; the registry test requires none. */
  readonly problems: string[] = [];
  private aliasOf = new Map<string, string>();
  constructor(readonly blocks: BlockInfo[]) {
    for (const b of blocks) this.byName.set(b.name, b);
    for (const b of blocks) for (const a of b.def.aliases ?? []) if (!this.byName.has(a)) this.aliasOf.set(a, b.name);
  }
  /** A block by name or alias; spellings from other languages (`sortBy`, `is_prime`) fold to
   *  lowercase without underscores. */
  get(name: string): BlockInfo | undefined {
    const direct = this.byName.get(name) ?? this.byName.get(this.aliasOf.get(name) ?? "");
    if (direct) return direct;
    const folded = name.toLowerCase().replace(/_/g, "");
    return folded === name ? undefined : this.get(folded);
  }
  isAlias(name: string): boolean { return !this.byName.has(name) && !!this.get(name); }
  names(): string[] { return [...this.byName.keys()]; }
  aliases(): string[] { return [...this.aliasOf.keys()]; }
}

export const LANES = ["i64", "f64", "i32"];

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
  return exact ?? mine.find((inst) => vars.every((v, i) => inst.env[v] === typeKey(wanted[i]) || inst.env[v] === wasmOf(wanted[i])));
}

let cached: Promise<Registry> | undefined;
let loaded: Registry | undefined;

/** The registry, if `loadRegistry()` has finished. */
export function loadedRegistry(): Registry | undefined {
  return loaded;
}

export function loadRegistry(): Promise<Registry> {
  cached ??= (async () => {
    const infos: BlockInfo[] = [];
    const problems: string[] = [];
    for (const category of readdirSync(BLOCKS_CODE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const dir = join(BLOCKS_CODE, category);
      // a room is <name>.ts (or .js when built) beside its template <name>[.<key>].wat; other files
      // in the folder (shared helpers, tests, lambdas) are not blocks
      const rooms = new Set(readdirSync(join(BLOCKS_SRC, category)).filter((f) => f.endsWith(".wat")).map((f) => f.split(".")[0]));
      const files = readdirSync(dir).filter((f) => /^[a-z0-9]+\.(ts|js)$/.test(f) && rooms.has(f.split(".")[0])).sort();
      for (const f of files) {
        try {
          const mod = await import(pathToFileURL(join(dir, f)).href);
          const def: BlockDef | undefined = mod.default;
          if (!def || typeof def.name !== "string") { problems.push(`${category}/${f}: no default-exported block`); continue; }
          const sigs = (Array.isArray(def.sig) ? def.sig : [def.sig]).map(parseSignature);
          infos.push({ def, name: def.name, category, dir: join(BLOCKS_SRC, category), sigs, instances: instancesOf(def.name, sigs, def.types ?? {}) });
        } catch (e) {
          problems.push(`${category}/${f}: ${(e as Error).message}`);
        }
      }
    }
    const r = new Registry(infos);
    r.problems.push(...problems);
    loaded = r;
    return r;
  })();
  return cached;
}

export function templatePath(dir: string, def: BlockDef, inst: Instance): string | undefined {
  const base = (def.template ?? `${def.name}.wat`).replace(/\.wat$/, "");
  const tag = inst.key.split("_")[0];
  const cands = [`${base}.${inst.key}.wat`, `${base}.${tag}.wat`, ...(inst.overload ? [] : Object.values(inst.env).map((k) => `${base}.${k}.wat`)), `${base}.wat`];
  for (const cand of cands) {
    const p = join(dir, cand);
    if (existsSync(p)) return p;
  }
  return undefined;
}
