// Templates assembled straight from the block rooms, for tests and for the build step: the
// same bytes `npm run build` writes to build/templates, without depending on a build having run.
import { readFileSync } from "node:fs";
import { assemble, assembleFile } from "./assemble.js";
import { Registry, templatePath } from "./registry.js";
import { RUNTIME_WAT } from "../paths.js";

export async function assembleAll(registry: Registry, only?: (category: string) => boolean): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  out.set("rt", await assemble("rt", readFileSync(RUNTIME_WAT, "utf8")));
  for (const b of registry.blocks) {
    if (only && !only(b.category)) continue;
    for (const inst of b.instances) {
      const path = templatePath(b.dir, b.def, inst);
      if (!path) throw new Error(`${b.name}: no template file for ${inst.fn}`);
      out.set(inst.fn, await assembleFile(path, inst));
    }
  }
  return out;
}
