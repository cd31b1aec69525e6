// Where the project's files are, whether running from TypeScript sources (tests) or from dist/ (CLI).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function findRoot(): string {
  let dir = here;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "runtime"))) return dir;
    dir = resolve(dir, "..");
  }
  throw new Error("cannot find the Ideo project root");
}

export const ROOT = findRoot();
/** Block rooms: the .ts/.js definitions (compiled ones under dist/ when running built code). */
export const BLOCKS_SRC = join(ROOT, "blocks");
export const BLOCKS_CODE = here.includes(`${join(ROOT, "dist")}`) ? join(ROOT, "dist", "blocks") : BLOCKS_SRC;
/** Blocks written in Ideo: stdlib/<category>/<name>.ts beside <name>.ideo. */
export const STDLIB_SRC = join(ROOT, "stdlib");
export const STDLIB_CODE = here.includes(`${join(ROOT, "dist")}`) ? join(ROOT, "dist", "stdlib") : STDLIB_SRC;
/** What `npm run build` makes: templates, the registry index, the parser's lookahead, the JS host. */
export const BUILD = join(ROOT, "build");
export const TEMPLATES = join(BUILD, "templates");
/** The runtime's sources: the files joined into the one module `rt` (compiler/blocks/runtime.ts),
 *  and the parts linked on their own. */
export const RUNTIME_DIR = join(ROOT, "runtime");
/** The JS host as one script (scripts/build-host.ts), which modules built with --js carry. */
export const HOST_BUNDLE = join(BUILD, "host.js");
