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
  sig: Signature;
  vars: string[];
  instances: Instance[];
}

export class Registry {
  private byName = new Map<string, BlockInfo>();
  private aliasOf = new Map<string, string>();
  constructor(readonly blocks: BlockInfo[]) {
    for (const b of blocks) this.byName.set(b.name, b);
    for (const b of blocks) for (const a of b.def.aliases ?? []) if (!this.byName.has(a)) this.aliasOf.set(a, b.name);
  }
  get(name: string): BlockInfo | undefined {
    return this.byName.get(name) ?? this.byName.get(this.aliasOf.get(name) ?? "");
  }
  isAlias(name: string): boolean { return !this.byName.has(name) && this.aliasOf.has(name); }
  names(): string[] { return [...this.byName.keys()]; }
  aliases(): string[] { return [...this.aliasOf.keys()]; }
}

export const LANES = ["i64", "f64", "i32"];

export function instancesOf(name: string, vars: string[], domains: Record<string, string[]>): Instance[] {
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
export function chooseInstance(b: BlockInfo, binding: Record<string, Type>): Instance | undefined {
  const wanted = b.vars.map((v) => binding[v]);
  if (wanted.some((t) => !t)) return undefined;
  const exact = b.instances.find((inst) => b.vars.every((v, i) => inst.env[v] === typeKey(wanted[i])));
  return exact ?? b.instances.find((inst) => b.vars.every((v, i) => inst.env[v] === typeKey(wanted[i]) || inst.env[v] === wasmOf(wanted[i])));
}

let cached: Promise<Registry> | undefined;

export function loadRegistry(): Promise<Registry> {
  cached ??= (async () => {
    const infos: BlockInfo[] = [];
    for (const category of readdirSync(BLOCKS_CODE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const dir = join(BLOCKS_CODE, category);
      const files = readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f) && !/\.(test|d)\.(ts|js)$/.test(f)).sort();
      for (const f of files) {
        const mod = await import(pathToFileURL(join(dir, f)).href);
        const def: BlockDef | undefined = mod.default;
        if (!def || typeof def.name !== "string") continue;
        const sig = parseSignature(def.sig);
        const vars = typeVars(sig);
        infos.push({ def, name: def.name, category, dir: join(BLOCKS_SRC, category), sig, vars, instances: instancesOf(def.name, vars, def.types ?? {}) });
      }
    }
    return new Registry(infos);
  })();
  return cached;
}

export function templatePath(dir: string, def: BlockDef, inst: Instance): string | undefined {
  const base = (def.template ?? `${def.name}.wat`).replace(/\.wat$/, "");
  for (const cand of [`${base}.${inst.key}.wat`, ...Object.values(inst.env).map((k) => `${base}.${k}.wat`), `${base}.wat`]) {
    const p = join(dir, cand);
    if (existsSync(p)) return p;
  }
  return undefined;
}
