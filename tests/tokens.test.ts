// `ideo tokens` and the tokenizer registry: exact counts per tokenizer, agreement of the fast BPE
// encoder with the vocabulary packages' own encoder, the directory walk, and the command's output and
// exit codes (through a small entry that mounts tokensCommand, so the tests need no wiring in ideo.ts).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../compiler/paths.js";
import { countTokens, nameTokens } from "../compiler/tokens/count.js";
import { TOKENIZER_INFO, TOKENIZER_NAMES, getTokenizer, isLoaded, suggestTokenizers } from "../compiler/tokens/registry.js";
import { byteLevelBpe, onigToJs, TokenizerJson } from "../compiler/tokens/bpe.js";
import { collectFiles, countFiles, readText, renderTable, resolveTokenizers, TokensUsageError } from "../cli/tokens.js";
import { cli, runProcess } from "./support/run.js";

const require = createRequire(import.meta.url);

// Counts checked against the libraries themselves (gpt-tokenizer's encode; @lenml/tokenizers'
// encode with add_special_tokens off) when this table was written.
const KNOWN: [string, Record<string, number>][] = [
  ["hello world", { o200k_base: 2, cl100k_base: 2, llama3: 2, qwen3: 2 }],
  ["", { o200k_base: 0, cl100k_base: 0, llama3: 0, qwen3: 0 }],
  ["fn close(xs: [float], t: float) = xs.sort.gaps.min < t", { o200k_base: 19, cl100k_base: 19, llama3: 19, qwen3: 19 }],
  ["x = 1234567890 + 3.14159", { o200k_base: 13, cl100k_base: 13, llama3: 13, qwen3: 22 }],
  ["Привет, мир! Как дела?", { o200k_base: 8, cl100k_base: 12, llama3: 9, qwen3: 9 }],
  ["数据结构与算法", { o200k_base: 4, cl100k_base: 6, llama3: 5, qwen3: 4 }],
  ["naïve café — 日本語 😀", { o200k_base: 8, cl100k_base: 10, llama3: 8, qwen3: 9 }],
  ["(func $add (param $a i32) (param $b i32) (result i32)\n  local.get $a\n  local.get $b\n  i32.add)", { o200k_base: 39, cl100k_base: 39, llama3: 39, qwen3: 43 }],
  // special-token spellings are plain text; Qwen's <think> is ordinary (non-special) vocabulary
  ["a <|endoftext|> b", { o200k_base: 9, cl100k_base: 8, llama3: 8, qwen3: 8 }],
  ["<think>plan</think> answer", { o200k_base: 8, cl100k_base: 8, llama3: 8, qwen3: 4 }],
];

describe("tokenizer registry", () => {
  it("loads a tokenizer only when it is asked for, then caches it", () => {
    expect(isLoaded("qwen3")).toBe(false);
    const a = getTokenizer("qwen3");
    expect(isLoaded("qwen3")).toBe(true);
    expect(getTokenizer("qwen3")).toBe(a);
  });

  it("names at least four tokenizers from three families, each from a package the project installs", async () => {
    expect(TOKENIZER_NAMES).toEqual(expect.arrayContaining(["o200k_base", "cl100k_base", "llama3", "qwen3"]));
    expect(new Set(TOKENIZER_INFO.map((t) => t.family)).size).toBeGreaterThanOrEqual(3);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const t of TOKENIZER_INFO) {
      // gpt-tokenizer is a dependency (the card counts o200k_base); the big vocabularies are optional
      // for a user of the package, and installed for the project's own tests
      const optional = pkg.peerDependenciesMeta?.[t.source]?.optional && pkg.devDependencies[t.source];
      expect(pkg.dependencies[t.source] ?? optional, `${t.source} is a dependency or an optional one`).toBeDefined();
    }
  });

  for (const [text, counts] of KNOWN) {
    it(`counts ${JSON.stringify(text).slice(0, 40)} exactly`, () => {
      for (const [name, n] of Object.entries(counts)) {
        expect(getTokenizer(name).count(text), name).toBe(n);
        expect(getTokenizer(name).encode(text).length, `${name} encode`).toBe(n);
      }
    });
  }

  it("gives the vocabularies' own ids, with no BOS", () => {
    expect(getTokenizer("o200k_base").encode("hello world")).toEqual([24912, 2375]);
    expect(getTokenizer("cl100k_base").encode("hello world")).toEqual([15339, 1917]);
    expect(getTokenizer("llama3").encode("hello world")).toEqual([15339, 1917]);
    expect(getTokenizer("qwen3").encode("hello world")).toEqual([14990, 1879]);
    expect(getTokenizer("qwen3").encode("<think>x</think>")).toEqual([151667, 87, 151668]);
  });

  it("keeps the old count.ts API", () => {
    expect(countTokens("hello world")).toBe(2);
    expect(countTokens("hello world", "llama3")).toBe(2);
    expect(nameTokens("sort")).toEqual({ o200k: 1, cl100k: 1, dot: { o200k: 0, cl100k: 0 } });
    expect(nameTokens("isupper").dot).toEqual({ o200k: 1, cl100k: 1 });
  });

  it("suggests names for near misses and model names", () => {
    expect(suggestTokenizers("o200k")[0]).toBe("o200k_base");
    expect(suggestTokenizers("lama3")[0]).toBe("llama3");
    expect(suggestTokenizers("gpt-4o")[0]).toBe("o200k_base");
    expect(suggestTokenizers("qwen")[0]).toBe("qwen3");
    expect(suggestTokenizers("zzzzzz")).toEqual([]);
  });

  it("counts a megabyte in well under a second per tokenizer", () => {
    let text = "";
    for (let i = 0; text.length < 1 << 20; i++) text += `def f${i}(xs, t):\n    return sorted(xs)[${i % 7}] < t  # the ${i}th value of a list\n`;
    for (const name of TOKENIZER_NAMES) {
      getTokenizer(name);
      const t = performance.now();
      getTokenizer(name).count(text);
      // generous, for a busy machine: the benchmark (npm run bench:tokens) measures the real figure
      expect(performance.now() - t, name).toBeLessThan(3000);
    }
  });
});

describe("byte-level BPE encoder", () => {
  it("reads Oniguruma's \\s and (?i:) in JavaScript", () => {
    const re = onigToJs("(?i:'s|'t)|\\s+(?!\\S)|[^\\s\\p{L}]+");
    expect("'S  'T".match(re)).toEqual(["'S", " ", "'T"]);
    expect("a\u0085b".match(onigToJs("\\s"))).toEqual(["\u0085"]);
    expect("a\ufeffb".match(onigToJs("\\s"))).toBeNull();
  });

  it("refuses a configuration it does not implement", () => {
    const json = { model: { type: "Unigram", vocab: {}, merges: [] } } as unknown as TokenizerJson;
    expect(() => byteLevelBpe(json)).toThrow(/unsupported model/);
  });

  // The packages' own encoder (@lenml/tokenizers, a port of transformers.js) is the reference; it is
  // too slow to count with but encodes the same vocabulary. Special added tokens are removed from its
  // copy so that it, too, reads their spellings as text.
  for (const name of ["llama3", "qwen3"]) {
    it(`${name} gives the same ids as the package's own encoder`, async () => {
      const pkg = TOKENIZER_INFO.find((t) => t.name === name)!.source;
      const json = JSON.parse(readFileSync(require.resolve(`${pkg}/models/tokenizer.json`), "utf8"));
      const mod = await import(pkg);
      const ref = mod.fromPreTrained({ tokenizerJSON: { added_tokens: json.added_tokens.filter((t: { special: boolean }) => !t.special) } });
      const texts = [
        readFileSync(join(ROOT, "README.md"), "utf8"),
        readFileSync(join(ROOT, "cli", "tokens.ts"), "utf8"),
        readFileSync(join(ROOT, "compiler", "tokens", "bpe.ts"), "utf8"),
        "héllo wörld — naïve café 日本語のテキスト 中文测试 한국어 😀👍🏽 e\u0301 Ångström ﬁ",
        "   leading\n\n\n  \t trailing   \r\n",
        "DON'T I'M WE'LL they've",
        "x".repeat(3000) + "ab".repeat(400),
        "<think>a</think><tool_call>{}</tool_call> <|fim_prefix|>",
        "a\u00a0b\u3000c\u2028d",
      ];
      const enc = getTokenizer(name);
      for (const t of texts) expect(enc.encode(t), t.slice(0, 30)).toEqual(ref.encode(t, { add_special_tokens: false }));
    }, 120_000);
  }
});

describe("ideo tokens: files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ideo-tokens-"));
    const put = (p: string, content: string | Uint8Array) => { mkdirSync(join(dir, p, ".."), { recursive: true }); writeFileSync(join(dir, p), content); };
    put("a.ideo", "fn main = print(1)\n");
    put("sub/b.py", "def f(x):\n    return x\n");
    put("sub/deeper/c.ts", "export const c = 1;\n");
    put("node_modules/m/index.js", "module.exports = 1;\n");
    put(".git/HEAD", "ref: refs/heads/main\n");
    put("dist/out.js", "x\n");
    put("build/t.wasm", new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    put("sub/image.bin", new Uint8Array([0xff, 0xfe, 0x00, 0x80, 0xc3]));
    put("sub/nul.txt", "text\u0000with a NUL");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("walks directories recursively, sorted, skipping node_modules, .git, dist and build", () => {
    const files = collectFiles([dir]).map((f) => f.slice(dir.length + 1).split("\\").join("/"));
    expect(files).toEqual(["a.ideo", "sub/b.py", "sub/deeper/c.ts", "sub/image.bin", "sub/nul.txt"]);
  });

  it("skips files that are not UTF-8 text, with a warning", () => {
    const warnings: string[] = [];
    const rows = countFiles(collectFiles([dir]), ["o200k_base", "llama3"], (w) => warnings.push(w));
    expect(rows.map((r) => r.file.slice(dir.length + 1))).toEqual(["a.ideo", "sub/b.py", "sub/deeper/c.ts"]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/image\.bin: not UTF-8 text/);
    expect(rows[0]).toEqual({ file: join(dir, "a.ideo").split("\\").join("/"), bytes: 19, tokens: { o200k_base: countTokens("fn main = print(1)\n"), llama3: getTokenizer("llama3").count("fn main = print(1)\n") } });
    expect(readText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
  });

  it("resolves --tokenizer values: repeated, comma-separated, all, defaults", () => {
    expect(resolveTokenizers([])).toEqual(["o200k_base", "cl100k_base"]);
    expect(resolveTokenizers(["llama3,qwen3", "llama3"])).toEqual(["llama3", "qwen3"]);
    expect(resolveTokenizers(["all"])).toEqual([...TOKENIZER_NAMES]);
    expect(() => resolveTokenizers(["llama"])).toThrow(TokensUsageError);
    expect(() => resolveTokenizers(["llama"])).toThrow(/did you mean 'llama3'/);
  });

  it("renders a table with a total row", () => {
    const table = renderTable([
      { file: "x.ideo", bytes: 10, tokens: { o200k_base: 3, qwen3: 4 } },
      { file: "y.py", bytes: 25, tokens: { o200k_base: 8, qwen3: 9 } },
    ], ["o200k_base", "qwen3"]).split("\n");
    expect(table[0]).toMatch(/^file\s+bytes\s+o200k_base\s+qwen3$/);
    expect(table[2]).toMatch(/^x\.ideo\s+10\s+3\s+4$/);
    expect(table.at(-1)).toMatch(/^total \(2 files\)\s+35\s+11\s+13$/);
  });
});

// The command as a process, mounted on its own program the way cli/ideo.ts mounts it.
const ENTRY = `
import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(join(ROOT, "package.json"))});
const { Command, CommanderError } = require("commander");
const { tokensCommand } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "tokens.js")).href)});
const program = new Command().name("ideo").showHelpAfterError().exitOverride();
tokensCommand(program);
try { await program.parseAsync(process.argv); }
catch (e) { if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2); throw e; }
`;

describe("ideo tokens: the command", () => {
  let entry: string;
  let dir: string;
  const run = (args: string[]) => runProcess(process.execPath, [entry, "tokens", ...args], { cwd: dir, timeoutMs: 60_000 });
  beforeAll(() => {
    if (!existsSync(join(ROOT, "dist", "cli", "tokens.js"))) throw new Error("build first: npx tsc -p tsconfig.json");
    dir = mkdtempSync(join(tmpdir(), "ideo-tokens-cli-"));
    entry = join(dir, "entry.mjs");
    writeFileSync(entry, ENTRY);
    mkdirSync(join(dir, "src", "node_modules"), { recursive: true });
    writeFileSync(join(dir, "src", "one.ideo"), "fn close(xs: [float], t: float) = xs.sort.gaps.min < t\n");
    writeFileSync(join(dir, "src", "two.py"), "def close(xs, t):\n    return True\n");
    writeFileSync(join(dir, "src", "node_modules", "skip.js"), "nope\n");
    writeFileSync(join(dir, "src", "blob.bin"), new Uint8Array([0xc0, 0xff, 0x00]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("--json gives [{file, bytes, tokens}] for every text file, recursively", async () => {
    const r = await run(["src", "--json", "-t", "o200k_base", "-t", "qwen3"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: "src/one.ideo", bytes: 55, tokens: { o200k_base: 20, qwen3: 20 } },
      { file: "src/two.py", bytes: 34, tokens: { o200k_base: countTokens("def close(xs, t):\n    return True\n"), qwen3: getTokenizer("qwen3").count("def close(xs, t):\n    return True\n") } },
    ]);
    expect(r.stderr).toMatch(/skipping src\/blob\.bin: not UTF-8 text/);
  });

  it("prints a table with the default tokenizers and a total", async () => {
    const r = await run(["src/one.ideo", "src/two.py"]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^file\s+bytes\s+o200k_base\s+cl100k_base$/);
    expect(lines[2]).toMatch(/^src\/one\.ideo\s+55\s+20\s+20$/);
    expect(lines.at(-1)).toMatch(/^total \(2 files\)\s+89\s+\d+\s+\d+$/);
  });

  it("--list names every tokenizer with its family and package", async () => {
    const r = await run(["--list"]);
    expect(r.status).toBe(0);
    for (const t of TOKENIZER_INFO) expect(r.stdout).toMatch(new RegExp(`${t.name}.*${t.family}.*${t.source.replace("/", "\\/")}`));
    const j = JSON.parse((await run(["--list", "--json"])).stdout);
    expect(j.map((t: { name: string }) => t.name)).toEqual([...TOKENIZER_NAMES]);
    expect(j[0]).toEqual({ name: "o200k_base", family: "OpenAI", package: "gpt-tokenizer", models: expect.any(Array), default: true });
  });

  it("an unknown tokenizer is a usage error (exit 2) with a suggestion", async () => {
    const r = await run(["src", "--tokenizer", "cl100k"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown tokenizer 'cl100k' — did you mean 'cl100k_base'\?/);
    expect(r.stdout).toBe("");
  });

  it("a missing path or no path at all is a usage error; nothing to count is a failure", async () => {
    expect((await run(["nope.ideo"])).status).toBe(2);
    expect((await run([])).status).toBe(2);
    expect((await run(["src/blob.bin"])).status).toBe(1);
    expect((await run(["--tokenizer"])).status).toBe(2);
  });

  it("has --help with examples", async () => {
    const r = await run(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ ideo tokens/);
  });
});

// Once cli/ideo.ts mounts the command, the real `ideo` runs it too.
describe("ideo tokens through bin/ideo.js", () => {
  it("counts and lists", async () => {
    const r = await cli(["tokens", "README.md", "--json", "-t", "llama3"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: "README.md", tokens: { llama3: expect.any(Number) } });
    expect((await cli(["tokens", "--list"])).stdout).toMatch(/qwen3/);
    expect((await cli(["tokens", "README.md", "-t", "nope"])).status).toBe(2);
  });
});
