// The `ideo` command as a user runs it: each command, its exit codes and its --help.
import { describe, it, expect } from "vitest";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/run.js";

const out = mkdtempSync(join(tmpdir(), "ideo-cli-"));

describe("ideo CLI", () => {
  it("run --fn prints the result as JSON", async () => {
    const r = await cli(["run", "examples/close.ideo", "--fn", "close", "[1.0, 2.8, 3.0]", "0.3"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("true\n");
  });

  it("run --fn takes negative numbers and any JSON value without --, and names an unknown option", async () => {
    const file = join(out, "neg.ideo");
    writeFileSync(file, "clamp(x, lo, hi) = max(lo, min(x, hi))\nshape(v) = v.len\n");
    expect((await cli(["run", file, "--fn", "clamp", "-3", "-1", "10"])).stdout).toBe("-1\n");
    expect((await cli(["run", file, "-O0", "--fn", "clamp", "-30", "-20", "-5"])).stdout).toBe("-20\n");
    expect((await cli(["run", file, "--fn", "shape", "[-1, -2.5, 3]"])).stdout).toBe("3\n");
    const typo = await cli(["run", file, "--fnn", "clamp", "1", "2", "3"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown option '--fnn'/);
  });

  it("build writes a valid module at every -O level, and --wat writes text", async () => {
    for (const level of ["-O0", "-O1", "-O2", "-O3", "-Os", "-Oz"]) {
      const file = join(out, `tour${level}.wasm`);
      const r = await cli(["build", "examples/tour.ideo", "-o", file, level]);
      expect(r.status, r.stderr).toBe(0);
      expect(WebAssembly.validate(readFileSync(file))).toBe(true);
    }
    const wat = join(out, "tour.wat");
    expect((await cli(["build", "examples/tour.ideo", "--wat", "-o", wat])).status).toBe(0);
    expect(readFileSync(wat, "utf8")).toMatch(/^\(module/);
  });

  it("build --export keeps the named functions alone, and names one the program lacks", async () => {
    const file = join(out, "two.ideo");
    writeFileSync(file, "double(n) = n * 2\nquad(n) = double(double(n))\n");
    const all = join(out, "two-all.wasm"), one = join(out, "two-one.wasm");
    expect((await cli(["build", file, "-o", all])).status).toBe(0);
    expect((await cli(["build", file, "--export", "quad", "-o", one])).status).toBe(0);
    const names = (w: string) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(w))).filter((e) => e.kind === "function").map((e) => e.name);
    expect(names(all)).toEqual(expect.arrayContaining(["double", "quad"]));
    expect(names(one)).toContain("quad");
    expect(names(one)).not.toContain("double");
    expect(readFileSync(one).length).toBeLessThan(readFileSync(all).length); // double is inlined and gone
    const typo = await cli(["build", file, "--export", "quads", "-o", one]);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/error\[E0404\]: no function 'quads' to export/);
    expect(typo.stderr).toContain("double, quad");
    expect((await cli(["build", file, "--export", "quad", "--wasi"])).status).toBe(2);
  });

  it("check exits 0 on a good program and 1 with JSON diagnostics on a bad one", async () => {
    expect((await cli(["check", "examples/tour.ideo"])).status).toBe(0);
    const r = await cli(["check", "--json", "tests/diagnostics/unknown-block.ideo"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ code: "E0201", line: 3, col: 12, endLine: 3, endCol: 16, suggestions: expect.arrayContaining(["did you mean 'sort'?"]) });
  });

  it("vocab --json gives every field of every block", async () => {
    const r = await cli(["vocab", "--json"]);
    expect(r.status).toBe(0);
    const blocks = JSON.parse(r.stdout);
    expect(blocks.length).toBeGreaterThan(250);
    for (const b of blocks) {
      for (const k of ["name", "aliases", "category", "signature", "doc", "example", "result", "types", "templateBytes", "tokens"]) expect(b, `${b.name}.${k}`).toHaveProperty(k);
      expect(Object.values(b.templateBytes).every((v) => typeof v === "number" && v > 0), b.name).toBe(true);
    }
  });

  it("vocab QUERY filters; explain shows a block and resolves aliases", async () => {
    expect((await cli(["vocab", "sort"])).stdout).toContain("sort(xs: [T]) -> [T]");
    const r = await cli(["explain", "dedupe"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("unique");
    expect(r.stdout).toContain("npx vitest run blocks/sequences");
    expect((await cli(["explain", "sotr"])).stderr).toContain("did you mean 'sort'");
  });

  it("usage errors exit 2; every command's --help has examples", async () => {
    expect((await cli(["run"])).status).toBe(2);
    expect((await cli(["frobnicate"])).status).toBe(2);
    expect((await cli(["run", "no/such/file.ideo"])).status).toBe(2);
    expect((await cli(["run", "examples/close.ideo", "--fn", "close", "not json"])).status).toBe(2);
    for (const c of ["run", "build", "check", "vocab", "explain"]) {
      const r = await cli([c, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout, c).toContain("Examples:");
    }
  });

  it("the package exports compile and load", async () => {
    const { compile, load } = await import("ideo");
    expect(typeof compile).toBe("function");
    expect((await load("fn f(x: int) = x * 2")).f(21)).toBe(42);
    expect(existsSync(join(out))).toBe(true);
  });
});

describe("ideo fix", () => {
  it("applies unambiguous fixes and leaves a program that checks", async () => {
    const file = join(out, "fixme.ideo");
    writeFileSync(file, "fn main\n  total = 3\n  xs = [3, 1, 2]\n  print(xs.sotr, totl)\n");
    const r = await cli(["fix", file]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("fn main\n  total = 3\n  xs = [3, 1, 2]\n  print(xs.sort, total)\n");
  });
});

describe("ideo prompt", () => {
  it("fits the budget, reports its size, and its example program runs", async () => {
    const r = await cli(["prompt", "--budget", "1100", "--for", "sort words by frequency"]);
    expect(r.status, r.stderr).toBe(0);
    const size = Number(/card: (\d+) tokens/.exec(r.stderr)![1]);
    expect(size).toBeLessThanOrEqual(1100);
    const { countTokens } = await import("../compiler/tokens/count.js");
    expect(countTokens(r.stdout)).toBe(size);
    const program = r.stdout.slice(0, r.stdout.indexOf("# blocks by category"));
    const { runSource } = await import("./support/run.js");
    const run = await runSource(program);
    expect(run.diagnostics).toBeUndefined();
    // the card's program says what it prints
    expect(run.out).toBe(`${/^# prints (.*)$/m.exec(program)![1]}\n`);
  });
});

describe("ideo run's module cache", () => {
  const cacheOf = async (dir: string) => JSON.parse((await cli(["cache", "--json"], undefined, { IDEO_CACHE_DIR: dir })).stdout);

  it("a second run of the same program uses the module built by the first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ideo-cache-test-"));
    const env = { IDEO_CACHE_DIR: dir };
    const first = await cli(["run", "examples/tour.ideo"], undefined, env);
    expect(first.status, first.stderr).toBe(0);
    expect(await cacheOf(dir)).toMatchObject({ dir, entries: 1 });
    expect((await cli(["run", "examples/tour.ideo"], undefined, env)).stdout).toBe(first.stdout);
    expect((await cacheOf(dir)).entries).toBe(1);
    // the entry is what runs: put another program's module in its place and that program runs
    const entry = readdirSync(dir).find((f) => f.endsWith(".wasm"))!;
    const other = join(out, "other.wasm");
    writeFileSync(join(out, "other.ideo"), 'print("from the cache")\n');
    // built with the fuel checks, as ideo run builds what it runs
    expect((await cli(["build", join(out, "other.ideo"), "--fuel", "-o", other])).status).toBe(0);
    copyFileSync(other, join(dir, entry));
    expect((await cli(["run", "examples/tour.ideo"], undefined, env)).stdout).toBe("from the cache\n");
    // a damaged entry is compiled again, and --no-cache neither reads nor writes
    writeFileSync(join(dir, entry), "not wasm");
    expect((await cli(["run", "examples/tour.ideo"], undefined, env)).stdout).toBe(first.stdout);
    expect((await cli(["run", "--no-cache", "examples/close.ideo"], undefined, env)).status).toBe(0);
    expect((await cacheOf(dir)).entries).toBe(1);
  });

  it("other optimization levels and other sources are other entries; cache --clear empties it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ideo-cache-test-"));
    const env = { IDEO_CACHE_DIR: dir };
    for (const args of [["examples/close.ideo"], ["-O0", "examples/close.ideo"], ["examples/primes.ideo"]]) expect((await cli(["run", ...args], undefined, env)).status).toBe(0);
    expect((await cacheOf(dir)).entries).toBe(3);
    const r = await cli(["cache", "--clear"], undefined, env);
    expect(r.stdout).toContain("removed 3 modules");
    expect(await cacheOf(dir)).toMatchObject({ entries: 0, bytes: 0 });
  });

  it("keeps a program's warnings with its module and shows them on a hit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ideo-cache-test-"));
    const file = join(out, "warn.ideo");
    writeFileSync(file, "fn main\n  [3, 1].sort\n  print(2)\n");
    const first = await cli(["run", file], undefined, { IDEO_CACHE_DIR: dir });
    const again = await cli(["run", file], undefined, { IDEO_CACHE_DIR: dir });
    expect(first.stderr).toContain("warning[W0001]");
    expect(again.stdout).toBe("2\n");
    expect(again.stderr).toBe(first.stderr);
  });
});

describe("ideo --version", () => {
  it("names the package's, the language's and the card's versions", async () => {
    const { LANGUAGE_VERSION, CARD_VERSION } = await import("../compiler/index.js");
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    const r = await cli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`ideo ${pkg.version} (language ${LANGUAGE_VERSION}, card v${CARD_VERSION})`);
  });
});
