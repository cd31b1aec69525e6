// Build step, after the templates: what the compiler reads at every start instead of working it out —
// build/registry.json (every room's declaration, without oracles and tests, and how many example
// programs use each block) and build/lookahead.json (the parser's lookahead, compiler/syntax/lookahead.ts).
import { writeFileSync } from "node:fs";
import { indexOf, loadRooms } from "../compiler/blocks/rooms.js";
import { lookaheadTable } from "../compiler/syntax/parser.js";
import { LOOKAHEAD_TABLE, REGISTRY_INDEX } from "../compiler/node-assets.js";

async function main(): Promise<void> {
  const rooms = await loadRooms();
  if (rooms.problems.length) throw new Error(rooms.problems.join("\n"));
  writeFileSync(REGISTRY_INDEX, JSON.stringify(indexOf(rooms)));
  const table = lookaheadTable();
  writeFileSync(LOOKAHEAD_TABLE, JSON.stringify(table));
  console.error(`wrote the registry index (${rooms.blocks.length} blocks) and the parser's lookahead (${Object.keys(table.paths).length} productions)`);
}

main().catch((e) => {
  console.error(`index build failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
