// The block rooms themselves (Node only): walks blocks/<category>/<name>.(ts|js) and the rooms written
// in Ideo, stdlib/<category>/<name>.(ts|js), imports each room with its oracle and tests, and finds its
// template source (WAT, or the .ideo compiler/stdlib.ts compiles). The build turns the rooms into the index the
// compiler reads (indexOf → build/registry.json); the property tests and the template build use the
// rooms directly.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BlockDef } from "../../blocks/block.js";
import { BLOCKS_CODE, BLOCKS_SRC, ROOT, STDLIB_CODE, STDLIB_SRC } from "../paths.js";
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
    for (const [code, src] of [[BLOCKS_CODE, BLOCKS_SRC], [STDLIB_CODE, STDLIB_SRC]]) {
      if (!existsSync(code)) continue;
      for (const category of readdirSync(code, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
        const dir = join(code, category);
        // a compiled folder whose sources are gone (a stale dist/) holds no rooms
        if (!existsSync(join(src, category))) continue;
        // a room is <name>.ts (or .js when built) beside its template <name>[.<key>].wat, or
        // <name>[.<key>].ideo in stdlib/; other files in the folder (shared helpers, tests) are not blocks
        const names = new Set(readdirSync(join(src, category)).filter((f) => f.endsWith(".wat") || f.endsWith(".ideo")).map((f) => f.split(".")[0]));
        const files = readdirSync(dir).filter((f) => /^[a-z0-9]+\.(ts|js)$/.test(f) && names.has(f.split(".")[0])).sort();
        for (const f of files) {
          try {
            const mod = await import(pathToFileURL(join(dir, f)).href);
            const def: BlockDef | undefined = mod.default;
            if (!def || typeof def.name !== "string") { problems.push(`${category}/${f}: no default-exported block`); continue; }
            rooms.push({ ...blockInfo(def, category, `${src === STDLIB_SRC ? "stdlib" : "blocks"}/${category}`), def, dir: join(src, category) });
          } catch (e) {
            problems.push(`${category}/${f}: ${(e as Error).message}`);
          }
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
    blocks: rooms.blocks.map(({ def: { oracle: _oracle, test: _test, ...meta }, category, room }) => ({ ...meta, category, room })),
    usage: Object.fromEntries(rooms.usage),
  };
}

/** The texts of the example programs (examples/**\/*.ideo), but the solutions of the blind
 *  benchmark's frozen test slice (eval/slices.json): the cards its tasks get owe nothing to them. */
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
  const frozen = new Set(testSlice().map((id) => join(ROOT, "examples", "mbpp", `${id}.ideo`)));
  return walk(join(ROOT, "examples")).filter((f) => !frozen.has(f)).sort().map((f) => readFileSync(f, "utf8"));
}

/** The task ids of the blind benchmark's frozen test slice; none without eval/slices.json. */
export function testSlice(): number[] {
  try { return JSON.parse(readFileSync(join(ROOT, "eval", "slices.json"), "utf8")).test ?? []; } catch { return []; }
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

/** The template source of an instance: the most specific of <base>.<key>.wat … <base>.wat, or in
 *  stdlib/ of <name>.<key>.ideo … <name>.ideo (`list.o1.ideo` for a second overload, `list.any.wat` for an overload keyed any). At each level
 *  an .ideo comes before a .wat, so one room may hold overloads of both (list: tuples in Ideo, an
 *  any's list in WAT). */
export function templatePath(dir: string, def: BlockDef, inst: Instance): string | undefined {
  const base = (def.template ?? def.name).replace(/\.wat$/, "");
  const tag = inst.key.split("_")[0];
  const stems = [`${base}.${inst.key}`, `${base}.${tag}`, ...(inst.overload ? [] : Object.values(inst.env).map((k) => `${base}.${k}`)), base];
  for (const stem of stems) {
    for (const ext of ["ideo", "wat"]) {
      const p = join(dir, `${stem}.${ext}`);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}
