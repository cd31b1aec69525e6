// Templates built straight from the block rooms, for tests and for the build step: the same bytes
// `npm run build` writes to build/templates, without depending on a build having run. A WAT room is
// assembled (assemble.ts); a stdlib room is compiled from Ideo (compiler/stdlib.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assemble, assembleFile } from "./assemble.js";
import type { Instance } from "./registry.js";
import { Room, Rooms, templatePath } from "./rooms.js";
import { RUNTIME_DIR } from "../paths.js";
import { compileTemplate } from "../stdlib.js";
import { runtimeWat } from "./runtime.js";

/** The runtime's parts linked as templates of their own, only into programs that need them
 *  (runtime/NAME.wat: `rt_stdin` where a program reads stdin, `wasi` and `dtoa` in modules for WASI);
 *  `rt`, the files compiler/blocks/runtime.ts joins, is always linked. */
const RUNTIME_PARTS = ["rt_stdin", "wasi", "dtoa"];

/** The templates the runtime makes: `rt` and its parts. */
export const runtimeNames = () => ["rt", ...RUNTIME_PARTS];

const assembleRuntime = (name: string) => assemble(name, name === "rt" ? runtimeWat() : readFileSync(join(RUNTIME_DIR, `${name}.wat`), "utf8"));

/** One instantiation's template, from whichever source its room has. */
function buildTemplate(path: string, b: Room, inst: Instance, rooms: Rooms): Promise<Uint8Array> {
  return path.endsWith(".ideo") ? compileTemplate(path, b, inst, rooms) : assembleFile(path, inst);
}

export async function assembleAll(registry: Rooms, only?: (category: string) => boolean): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const name of runtimeNames()) out.set(name, await assembleRuntime(name));
  for (const b of registry.blocks) {
    if (only && !only(b.category)) continue;
    for (const inst of b.instances) {
      const path = templatePath(b.dir, b.def, inst);
      if (!path) throw new Error(`${b.name}: no template file for ${inst.fn}`);
      out.set(inst.fn, await buildTemplate(path, b, inst, registry));
    }
  }
  return out;
}

/** Assemble templates on demand (and once): a broken template fails only the tests that use it. */
export function templateLoader(registry: Rooms): (fn: string) => Promise<Uint8Array> {
  const cache = new Map<string, Promise<Uint8Array>>();
  const where = new Map<string, { path?: string; b: Room; inst: Instance }>();
  for (const b of registry.blocks) for (const inst of b.instances) where.set(inst.fn, { path: templatePath(b.dir, b.def, inst), b, inst });
  return (fn) => {
    let p = cache.get(fn);
    if (!p) {
      if (runtimeNames().includes(fn)) p = assembleRuntime(fn);
      else {
        const w = where.get(fn);
        p = !w ? Promise.reject(new Error(`no template named ${fn}`)) : !w.path ? Promise.reject(new Error(`no template file for ${fn}`)) : buildTemplate(w.path, w.b, w.inst, registry);
      }
      cache.set(fn, p);
    }
    return p;
  };
}

/** The template and everything it imports from other templates (and the runtime), assembled. */
export async function closure(load: (fn: string) => Promise<Uint8Array>, root: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const todo = ["rt", root];
  while (todo.length) {
    const fn = todo.pop()!;
    if (out.has(fn)) continue;
    const bytes = await load(fn);
    out.set(fn, bytes);
    for (const dep of importedBlocks(bytes)) todo.push(dep);
  }
  return out;
}

/** Names a template imports from "blocks", read from its import section. */
export function importedBlocks(bytes: Uint8Array): string[] {
  const mod = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  return WebAssembly.Module.imports(mod).filter((i) => i.module === "blocks").map((i) => i.name);
}
