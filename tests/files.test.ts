// Programs of several files: `import "util.ideo"` brings in another file's functions, found relative
// to the importing file — in memory through compile()'s `files`, on disk through the CLI. Diagnostics
// and runtime faults name the file they are in, with its own line numbers.
import { describe, it, expect } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, load, IdeoFault } from "../compiler/index.js";
import { resolvePath } from "../compiler/imports.js";
import { runWasi } from "./support/wasi.js";
import { cli } from "./support/run.js";

const UTIL = `# text helpers
shout(s) = s.upper + "!"
initials(name: str) = name.words.map(_[0]).join("")
double = _ * 2
fn main
  print("util's own main: not imported")
`;
const MAIN = `import "lib/util.ideo"
fn main
  print(shout("hi"), initials("Ada Lovelace"), double(21), third([1, 2, 3]))
`;
const LIB_UTIL = UTIL + 'import "../more/nums.ideo"\n';
const NUMS = "third(xs) = xs[2]\n";
const FILES = { "lib/util.ideo": LIB_UTIL, "more/nums.ideo": NUMS };

async function out(source: string, files: Record<string, string>, file = "main.ideo"): Promise<string> {
  let text = "";
  const ex = await load(source, { file, files, write: (t) => { text += t; } });
  ex.main();
  return text;
}

describe("import", () => {
  it("resolves paths relative to the importing file", () => {
    expect(resolvePath("main.ideo", "util.ideo")).toBe("util.ideo");
    expect(resolvePath("src/main.ideo", "./lib/../util.ideo")).toBe("src/util.ideo");
    expect(resolvePath("src/a/main.ideo", "../../x.ideo")).toBe("x.ideo");
    expect(resolvePath("main.ideo", "../x.ideo")).toBe("../x.ideo");
    expect(resolvePath("/abs/main.ideo", "b.ideo")).toBe("/abs/b.ideo");
  });

  it("brings in the functions of the imported files, theirs too, but not their main", async () => {
    expect(await out(MAIN, FILES)).toBe("HI! AL 42 3\n");
  });

  it("takes each file once when two files import it", async () => {
    const files = { "a.ideo": 'import "c.ideo"\na(x) = c(x) + 1\n', "b.ideo": 'import "c.ideo"\nb(x) = c(x) * 2\n', "c.ideo": "c(x) = x * 10\n" };
    expect(await out('import "a.ideo"\nimport "b.ideo"\nprint(a(1), b(1))\n', files)).toBe("11 20\n");
  });

  it("reports a file it cannot find at the import, in the importing file (E0500)", async () => {
    const r = await compile(MAIN, { file: "main.ideo", files: { "lib/util.ideo": LIB_UTIL } });
    expect(r.json()).toContainEqual(expect.objectContaining({ code: "E0500", file: "lib/util.ideo", line: 7, col: 8, endCol: 27 }));
    expect(r.render()).toContain("cannot find the imported file '../more/nums.ideo'");
    expect(r.render()).toContain("hint: it is looked for relative to the importing file: more/nums.ideo");
    // without a files option the compiler reads nothing and says how to give them
    expect((await compile(MAIN)).render()).toContain("give their texts with compile()'s or load()'s `files` option");
  });

  it("reports an import cycle where it closes (E0501)", async () => {
    const r = await compile('import "a.ideo"\nprint(a(1))\n', { file: "main.ideo", files: { "a.ideo": 'import "b.ideo"\na(x) = b(x)\n', "b.ideo": 'import "a.ideo"\nb(x) = x\n' } });
    expect(r.json()).toMatchObject([{ code: "E0501", file: "b.ideo", line: 1, col: 1, message: "import cycle: a.ideo → b.ideo → a.ideo" }]);
    const self = await compile('import "main.ideo"\nprint(1)\n', { file: "main.ideo", files: {} });
    expect(self.json()).toMatchObject([{ code: "E0501", file: "main.ideo", message: "import cycle: main.ideo → main.ideo" }]);
  });

  it("reports a name two files define in the importing file, with a note in the other (E0203)", async () => {
    const r = await compile('import "lib/util.ideo"\nshout(s) = s + "?"\nprint(shout("a"))\n', { file: "main.ideo", files: FILES });
    expect(r.json()).toMatchObject([{ code: "E0203", file: "main.ideo", line: 2, col: 1 }]);
    expect(r.render()).toContain("note: 'shout' is first defined here (lib/util.ideo:2:1)");
  });

  it("shows an imported file's errors in that file, at its own lines", async () => {
    const r = await compile(MAIN, { file: "main.ideo", files: { ...FILES, "more/nums.ideo": "\n\nthird(xs) = xs[2] + \"x\"\n" } });
    expect(r.json()).toMatchObject([{ code: "E0300", file: "more/nums.ideo", line: 3, col: 13 }]);
    expect(r.render()).toMatch(/--> more\/nums.ideo:3:13\n  \|\n3 \| third\(xs\) = xs\[2\] \+ "x"/);
  });

  it("places a runtime fault in the file it happens in, under the JS host and under WASI", async () => {
    const source = 'import "lib/util.ideo"\nprint(third([1]))\n';
    await expect(out(source, FILES)).rejects.toThrow(new IdeoFault("index", 1, 1, 13, "more/nums.ideo"));
    const r = await compile(source, { file: "main.ideo", files: FILES, target: "wasi" });
    expect(await runWasi(r.wasm!)).toEqual({ stdout: "", stderr: "error: index out of range at more/nums.ideo:1:13\n", code: 1 });
  });

  it("warns only about the file being checked", async () => {
    const files = { "u.ideo": "fn f(x)\n  return x + 1\n" };
    const r = await compile('import "u.ideo"\nfn g(x)\n  return x * 2\nprint(f(1), g(2))\n', { file: "m.ideo", files, style: true });
    // the same trailing return in u.ideo is not reported: `ideo check u.ideo` (or `ideo fix`) is for that
    expect(r.json().map((d) => [d.code, d.file, d.line])).toEqual([["W0005", "m.ideo", 3]]);
  });
});

describe("import from the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "ideo-files-"));
  mkdirSync(join(dir, "lib"));
  mkdirSync(join(dir, "more"));
  writeFileSync(join(dir, "main.ideo"), MAIN);
  writeFileSync(join(dir, "lib", "util.ideo"), LIB_UTIL);
  writeFileSync(join(dir, "more", "nums.ideo"), NUMS);

  it("ideo run and ideo build read the imported files from the disk", async () => {
    const r = await cli(["run", join(dir, "main.ideo")]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("HI! AL 42 3\n");
    expect((await cli(["build", join(dir, "main.ideo"), "--wasi", "-o", join(dir, "main.wasm")])).status).toBe(0);
    expect((await runWasi(readFileSync(join(dir, "main.wasm")))).stdout).toBe("HI! AL 42 3\n");
  });

  it("ideo check --json names each diagnostic's file", async () => {
    writeFileSync(join(dir, "bad.ideo"), 'import "lib/missing.ideo"\nimport "lib/util.ideo"\nprint(shout(1))\n');
    const r = await cli(["check", "--json", join(dir, "bad.ideo")]);
    expect(r.status).toBe(1);
    const ds = JSON.parse(r.stdout);
    expect(ds.map((d: { code: string; file: string }) => [d.code, d.file])).toEqual([["E0500", join(dir, "bad.ideo")], ["E0300", join(dir, "bad.ideo")]]);
  });
});
