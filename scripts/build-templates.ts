// Build step (run by `npm install` through `prepare`, and by `npm run build`): assembles the runtime
// and every block template instantiation into build/templates/<fn>.wasm, checking the naming rules
// the linker relies on.
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { loadRooms } from "../compiler/blocks/rooms.js";
import { assembleAll, runtimeNames } from "../compiler/blocks/source.js";
import { checkTemplate } from "../compiler/blocks/rules.js";
import { TEMPLATES } from "../compiler/paths.js";

async function main(): Promise<void> {
  const started = Date.now();
  const registry = await loadRooms();
  const templates = await assembleAll(registry);
  const problems: string[] = [];
  rmSync(TEMPLATES, { recursive: true, force: true });
  mkdirSync(TEMPLATES, { recursive: true });
  const manifest: Record<string, number> = {};
  for (const [fn, bytes] of templates) {
    if (!runtimeNames().includes(fn)) problems.push(...(await checkTemplate(fn, bytes)));
    writeFileSync(join(TEMPLATES, `${fn}.wasm`), bytes);
    manifest[fn] = bytes.length;
  }
  writeFileSync(join(TEMPLATES, "manifest.json"), JSON.stringify(manifest, null, 1));
  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.error(`built ${templates.size} templates for ${registry.blocks.length} blocks in ${Date.now() - started} ms`);
}

main().catch((e) => {
  console.error(`template build failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
