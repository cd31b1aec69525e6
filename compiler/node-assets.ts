// The compiler's assets in Node: read from build/ (made by `npm run build`) when first needed.
// compiler/index.ts imports this file, which plugs it into the core (compiler/assets.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Assets, RegistryIndex, useAssets } from "./assets.js";
import { BUILD, TEMPLATES } from "./paths.js";

export const REGISTRY_INDEX = join(BUILD, "registry.json");
export const LOOKAHEAD_TABLE = join(BUILD, "lookahead.json");

/** Running the TypeScript sources (the tests): read the rooms themselves, so an edited room counts at
 *  once; built code reads the index. */
const fromSources = import.meta.url.endsWith(".ts");

function readBuilt(path: string): Buffer {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\``);
  return readFileSync(path);
}

let sizes: Record<string, number> | undefined;

export const nodeAssets: Assets = {
  async registryIndex(): Promise<RegistryIndex> {
    if (!fromSources) return JSON.parse(readBuilt(REGISTRY_INDEX).toString("utf8"));
    const { indexOf, loadRooms } = await import("./blocks/rooms.js");
    return indexOf(await loadRooms());
  },
  template(name: string): Uint8Array {
    const p = join(TEMPLATES, `${name}.wasm`);
    if (!existsSync(p)) throw new Error(`block template '${name}' is not built: run \`npm run build\``);
    return readFileSync(p);
  },
  templateSizes(): Record<string, number> {
    const p = join(TEMPLATES, "manifest.json");
    sizes ??= existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : {};
    return sizes!;
  },
  lookahead() {
    // a missing or unreadable table only costs time: the parser works the lookahead out itself
    try { return JSON.parse(readFileSync(LOOKAHEAD_TABLE, "utf8")); } catch { return undefined; }
  },
};

useAssets(nodeAssets);
