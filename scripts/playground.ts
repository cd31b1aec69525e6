// `npm run playground`: builds the playground (web/) into dist/web with esbuild and serves it locally.
// The page compiles in the browser: the same compiler core as the CLI, with the registry index, the
// parser's lookahead and the templates from build/ as files beside the page, and Binaryen loaded
// when a module is first built.
//   node dist/scripts/playground.js [--port N] [--build-only]
import { build, type Plugin } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, relative } from "node:path";
import { BUILD, ROOT, TEMPLATES } from "../compiler/paths.js";

export const WEB_OUT = join(ROOT, "dist", "web");

/** The examples to pick from: tour-style programs, and features that have a Python equivalent and a
 *  first test case to call. */
const PROGRAMS = ["tour", "close", "words", "primes"];
const FEATURES = ["csvsum", "wordfreq", "hamming", "acronym", "balanced"];

/** The page has no file system: compiler/index.ts's Node assets become an empty module, and web/assets.ts
 *  supplies the assets instead. */
const noNodeAssets: Plugin = {
  name: "no-node-assets",
  setup(b) {
    b.onResolve({ filter: /\/node-assets\.js$/ }, () => ({ path: "node-assets", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

export async function buildPlayground(out = WEB_OUT): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: "web/main.ts", worker: "web/worker.ts" },
    outdir: out,
    bundle: true,
    splitting: true, // Binaryen (15 MB) and the tokenizer load as chunks of their own
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    plugins: [noNodeAssets],
    // binaryen.js imports node:module only when it runs in Node; nothing else may import a node: module
    external: ["node:*"],
    metafile: true,
    logLevel: "warning",
  });
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    const node = input.imports.filter((i) => i.path.startsWith("node:"));
    if (node.length && !file.startsWith("node_modules/binaryen/")) throw new Error(`${file} imports ${node.map((i) => i.path).join(", ")}: the browser has no such module`);
  }
  copyFileSync(join(ROOT, "web", "index.html"), join(out, "index.html"));
  const data = join(out, "data");
  mkdirSync(data, { recursive: true });
  for (const f of ["registry.json", "lookahead.json"]) {
    if (!existsSync(join(BUILD, f))) throw new Error(`build/${f} is missing: run \`npm run build\``);
    copyFileSync(join(BUILD, f), join(data, f));
  }
  writeFileSync(join(data, "templates.bin"), packTemplates());
  writeFileSync(join(data, "examples.json"), JSON.stringify(examples()));
}

/** Every built template in one file, as web/assets.ts's unpackTemplates reads it. */
function packTemplates(): Uint8Array {
  const header: Record<string, [number, number]> = {};
  const parts: Buffer[] = [];
  let at = 0;
  for (const f of readdirSync(TEMPLATES).filter((f) => f.endsWith(".wasm")).sort()) {
    const bytes = readFileSync(join(TEMPLATES, f));
    header[f.slice(0, -5)] = [at, bytes.length];
    parts.push(bytes);
    at += bytes.length;
  }
  const head = Buffer.from(JSON.stringify(header));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  return Buffer.concat([size, head, ...parts]);
}

function examples(): { name: string; source: string; python?: string; call?: { fn: string; args: unknown[] } }[] {
  const programs = PROGRAMS.map((name) => ({ name: `${name}.ideo`, source: readFileSync(join(ROOT, "examples", `${name}.ideo`), "utf8") }));
  const features = FEATURES.map((name) => {
    const dir = join(ROOT, "examples", "features", name);
    const tests = JSON.parse(readFileSync(join(dir, "tests.json"), "utf8"));
    return {
      name: `${name} (with Python)`,
      source: readFileSync(join(dir, "feature.ideo"), "utf8"),
      python: readFileSync(join(dir, "feature.py"), "utf8"),
      call: { fn: tests.fn, args: tests.cases[0].args },
    };
  });
  return [...programs, ...features];
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".bin": "application/octet-stream", ".wasm": "application/wasm" };

/** A static server for the built page on localhost. */
export function servePlayground(port: number, dir = WEB_OUT): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname));
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    if (relative(dir, file).startsWith("..") || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--port");
  const port = at >= 0 ? Number(argv[at + 1]) : 8080;
  if (!Number.isInteger(port) || port < 0) { console.error("--port takes a port number"); process.exit(2); }
  const started = Date.now();
  await buildPlayground();
  console.error(`built the playground into ${relative(ROOT, WEB_OUT)} in ${Date.now() - started} ms`);
  if (argv.includes("--build-only")) return;
  const server = await servePlayground(port);
  const address = server.address();
  console.log(`playground: http://localhost:${typeof address === "object" && address ? address.port : port}/`);
}

if (process.argv[1] && normalize(process.argv[1]).endsWith(join("scripts", "playground.js"))) {
  main().catch((e) => {
    console.error(`playground failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
