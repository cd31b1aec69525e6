// The compiler's assets in Node: read from build/ (made by `npm run build`) when first needed.
// compiler/index.ts imports this file, which plugs it into the core (compiler/assets.ts).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Assets, BinaryenPackage, RegistryIndex, useAssets } from "./assets.js";
import { BUILD, TEMPLATES } from "./paths.js";

export const REGISTRY_INDEX = join(BUILD, "registry.json");
export const LOOKAHEAD_TABLE = join(BUILD, "lookahead.json");
/** binaryen.js as glue and a .wasm file (scripts/build-binaryen.ts), with source.json naming its origin. */
export const BINARYEN_SPLIT = join(BUILD, "binaryen");

/** The installed package's script, which the split was made from. */
export function binaryenPackageFile(require: NodeRequire): string {
  return require.resolve("binaryen");
}

/** What identifies the package script a split came from: its version and size (not its time, which
 *  an install from a tarball sets anew). */
export function binaryenStamp(file: string): { version: string; size: number } {
  const { version } = JSON.parse(readFileSync(join(dirname(file), "package.json"), "utf8"));
  return { version, size: statSync(file).size };
}

/** The split, if the build made one from the package installed now. */
function splitBinaryen(): string | undefined {
  try {
    const made = JSON.parse(readFileSync(join(BINARYEN_SPLIT, "source.json"), "utf8"));
    const now = binaryenStamp(binaryenPackageFile(createRequire(import.meta.url)));
    return made.version === now.version && made.size === now.size ? join(BINARYEN_SPLIT, "index.js") : undefined;
  } catch {
    return undefined;
  }
}

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
  binaryen(): Promise<BinaryenPackage> {
    const split = splitBinaryen();
    // a split that fails to load only costs time: the package itself still works
    return split ? import(pathToFileURL(split).href).catch(() => import("binaryen")) : import("binaryen");
  },
  lookahead() {
    // a missing or unreadable table only costs time: the parser works the lookahead out itself
    try { return JSON.parse(readFileSync(LOOKAHEAD_TABLE, "utf8")); } catch { return undefined; }
  },
};

useAssets(nodeAssets);
