// Build step (run by `npm install` through `prepare`, and by `npm run build`): assembles the runtime
// and every block template instantiation into build/templates/<fn>.wasm, checking the naming rules
// the linker relies on.
import { mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { assemble, assembleFile } from "../compiler/blocks/assemble.js";
import { loadRegistry, templatePath } from "../compiler/blocks/registry.js";
import { RUNTIME_WAT, TEMPLATES } from "../compiler/paths.js";
import { checkTemplate } from "../compiler/blocks/rules.js";

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(TEMPLATES, { recursive: true, force: true });
  mkdirSync(TEMPLATES, { recursive: true });
  const manifest: Record<string, number> = {};
  const rt = await assemble("rt", readFileSync(RUNTIME_WAT, "utf8"));
  writeFileSync(join(TEMPLATES, "rt.wasm"), rt);
  manifest.rt = rt.length;
  const registry = await loadRegistry();
  const problems: string[] = [];
  for (const b of registry.blocks) {
    for (const inst of b.instances) {
      const path = templatePath(b.dir, b.def, inst);
      if (!path) { problems.push(`${b.name}: no template for ${inst.fn}`); continue; }
      try {
        const bytes = await assembleFile(path, inst);
        problems.push(...(await checkTemplate(inst.fn, bytes)));
        writeFileSync(join(TEMPLATES, `${inst.fn}.wasm`), bytes);
        manifest[inst.fn] = bytes.length;
      } catch (e) {
        problems.push(`${path} (${inst.fn}): ${(e as Error).message}`);
      }
    }
  }
  writeFileSync(join(TEMPLATES, "manifest.json"), JSON.stringify(manifest, null, 1));
  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.error(`built ${Object.keys(manifest).length} templates for ${registry.blocks.length} blocks in ${Date.now() - started} ms`);
}

main();
