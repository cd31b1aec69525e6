// The block rooms themselves (Node only): walks blocks/<category>/<name>.(ts|js), imports each room with
// its oracle and tests, and finds its WAT templates. The build turns the rooms into the index the
// compiler reads (indexOf → build/registry.json); the property tests and the template build use the
// rooms directly.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BlockDef } from "../../blocks/block.js";
import { BLOCKS_CODE, BLOCKS_SRC, ROOT } from "../paths.js";
import { BlockInfo, Instance, Registry, RegistryIndex, blockInfo } from "./registry.js";

/** A block with its whole room: the oracle and tests, and the folder its templates are in. */
export interface Room extends BlockInfo {
  def: BlockDef;
  dir: string;
}

export class Rooms extends Registry<Room> {
  /** Rooms that failed to load; the registry test requires none. */
  readonly problems: string[] = [];
}

let cached: Promise<Rooms> | undefined;

export function loadRooms(): Promise<Rooms> {
  cached ??= (async () => {
    const rooms: Room[] = [];
    const problems: string[] = [];
    for (const category of readdirSync(BLOCKS_CODE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const dir = join(BLOCKS_CODE, category);
      // a room is <name>.ts (or .js when built) beside its template <name>[.<key>].wat; other files
      // in the folder (shared helpers, tests, lambdas) are not blocks
      const names = new Set(readdirSync(join(BLOCKS_SRC, category)).filter((f) => f.endsWith(".wat")).map((f) => f.split(".")[0]));
      const files = readdirSync(dir).filter((f) => /^[a-z0-9]+\.(ts|js)$/.test(f) && names.has(f.split(".")[0])).sort();
      for (const f of files) {
        try {
          const mod = await import(pathToFileURL(join(dir, f)).href);
          const def: BlockDef | undefined = mod.default;
          if (!def || typeof def.name !== "string") { problems.push(`${category}/${f}: no default-exported block`); continue; }
          rooms.push({ ...blockInfo(def, category), def, dir: join(BLOCKS_SRC, category) });
        } catch (e) {
          problems.push(`${category}/${f}: ${(e as Error).message}`);
        }
      }
    }
    const r = new Rooms(rooms, usageIn(rooms, exampleTexts()));
    r.problems.push(...problems);
    return r;
  })();
  return cached;
}

/** The index the compiler loads: each room's declaration without the oracle and tests. */
export function indexOf(rooms: Rooms): RegistryIndex {
  return {
    blocks: rooms.blocks.map(({ def: { oracle: _oracle, test: _test, ...meta }, category }) => ({ ...meta, category })),
    usage: Object.fromEntries(rooms.usage),
  };
}

/** The texts of the example programs (examples/**\/*.ideo). */
function exampleTexts(): string[] {
  const walk = (dir: string): string[] => {
    let out: string[] = [];
    try {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) out = out.concat(walk(join(dir, e.name)));
        else if (e.name.endsWith(".ideo")) out.push(join(dir, e.name));
      }
    } catch { /* no examples: every block is equally common */ }
    return out;
  };
  return walk(join(ROOT, "examples")).sort().map((f) => readFileSync(f, "utf8"));
}

/** In how many of the texts each block name and alias occurs. */
function usageIn(rooms: Room[], texts: string[]): Record<string, number> {
  const words = new Set(rooms.flatMap((r) => [r.name, ...(r.def.aliases ?? [])]));
  const usage: Record<string, number> = {};
  for (const text of texts) {
    for (const id of new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])) if (words.has(id)) usage[id] = (usage[id] ?? 0) + 1;
  }
  return usage;
}

/** The WAT file an instance is assembled from: the most specific of <base>.<key>.wat … <base>.wat. */
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
