// `ideo mcp` end to end: the MCP SDK's own client spawns the server (dist/cli/mcp-entry.js) over
// stdio, lists the six tools and calls each with good and bad input. Bad input must come back as a
// tool result with isError, and the server must keep answering afterwards.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { runProcess } from "./support/run.js";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ROOT } from "../compiler/paths.js";
import { countTokens } from "../compiler/tokens/count.js";

const ENTRY = join(ROOT, "dist", "cli", "mcp-entry.js");
const TIMEOUT_MS = 1500;
const MAX_OUTPUT = 1000;

/** Build dist/ when the server's compiled files are missing or older than their sources. */
async function ensureBuilt(): Promise<void> {
  const sources = readdirSync(join(ROOT, "cli")).filter((f) => /^mcp.*\.ts$/.test(f));
  const stale = sources.some((f) => {
    const out = join(ROOT, "dist", "cli", f.replace(/\.ts$/, ".js"));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(join(ROOT, "cli", f)).mtimeMs;
  });
  if (!stale) return;
  // type errors elsewhere do not stop tsc from emitting
  await runProcess(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"]);
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} was not built`);
}

interface Result { content: { type: string; text?: string }[]; structuredContent?: Record<string, any>; isError?: boolean }

let client: Client;
let stderr = "";

/** A server spawned with these options, and a client connected to it; `log` collects its stderr. */
async function startServer(options: string[], log: (text: string) => void): Promise<Client> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [ENTRY, ...options], cwd: ROOT, stderr: "pipe" });
  transport.stderr?.on("data", (d: Buffer) => log(d.toString()));
  const c = new Client({ name: "ideo-test", version: "1.0.0" });
  await c.connect(transport);
  return c;
}

async function call(name: string, args: Record<string, unknown>, on: Client = client): Promise<Result> {
  return (await on.callTool({ name, arguments: args })) as Result;
}
const text = (r: Result) => r.content.map((c) => c.text ?? "").join("\n");

beforeAll(async () => {
  await ensureBuilt();
  // no fuel budget, so the endless loop below meets the time limit (tests/limits.test.ts has fuel)
  client = await startServer(["--timeout", String(TIMEOUT_MS), "--max-output", String(MAX_OUTPUT), "--fuel", "0"], (t) => { stderr += t; });
});

afterAll(async () => {
  await client?.close();
});

describe("ideo mcp", () => {
  it("lists the six tools, each with an input schema", async () => {
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(["check", "compile", "explain_block", "prompt_card", "run", "search_blocks"]);
    for (const t of tools) {
      expect(t.description, t.name).toBeTruthy();
      expect(t.inputSchema.type).toBe("object");
      expect(Object.keys(t.inputSchema.properties ?? {}).length, t.name).toBeGreaterThan(0);
    }
    expect(byName.search_blocks.inputSchema.required).toEqual(["query"]);
    expect(Object.keys(byName.search_blocks.inputSchema.properties!)).toEqual(["query", "limit"]);
    expect(byName.explain_block.inputSchema.required).toEqual(["name"]);
    expect(Object.keys(byName.prompt_card.inputSchema.properties!).sort()).toEqual(["budget", "for"]);
    expect(byName.check.inputSchema.required).toEqual(["source"]);
    expect(Object.keys(byName.compile.inputSchema.properties!).sort()).toEqual(["optimize", "source"]);
    expect(Object.keys(byName.run.inputSchema.properties!).sort()).toEqual(["args", "fn", "source"]);
    expect(client.getInstructions()).toContain("prompt_card");
  });

  it("search_blocks ranks a name match first, then aliases and doc words", async () => {
    const r = await call("search_blocks", { query: "sort" });
    expect(r.isError).toBeFalsy();
    const blocks = r.structuredContent!.blocks as Record<string, any>[];
    expect(blocks[0]).toMatchObject({ name: "sort", category: "sequences" });
    expect(blocks[0].signature[0]).toMatch(/^sort\(xs: \[T\]\) -> \[T\]$/);
    expect(blocks[0].doc).toBeTruthy();
    expect(blocks[0].example).toBeTruthy();
    expect(blocks.length).toBeLessThanOrEqual(10);
    expect(JSON.parse(text(r)).blocks[0].name).toBe("sort");

    const alias = await call("search_blocks", { query: "dedupe", limit: 2 });
    expect(alias.structuredContent!.blocks[0].name).toBe("unique");
    expect(alias.structuredContent!.blocks.length).toBeLessThanOrEqual(2);

    const words = await call("search_blocks", { query: "split text into words", limit: 5 });
    expect(words.structuredContent!.blocks.map((b: { name: string }) => b.name)).toContain("words");

    const none = await call("search_blocks", { query: "qqqqzzzz" });
    expect(none.isError).toBeFalsy();
    expect(none.structuredContent).toMatchObject({ count: 0, blocks: [] });
  });

  it("explain_block gives a block in full, aliases included", async () => {
    const r = await call("explain_block", { name: "sort" });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ name: "sort", category: "sequences" });
    expect(r.structuredContent!.examples.length).toBeGreaterThan(0);
    expect(r.structuredContent!.types).toContain("int");
    const alias = await call("explain_block", { name: "dedupe" });
    expect(alias.structuredContent).toMatchObject({ name: "unique" });
    expect(alias.structuredContent!.aliasOf).toContain("alias");
  });

  it("explain_block of an unknown name is a tool error naming close matches", async () => {
    const r = await call("explain_block", { name: "sotr" });
    expect(r.isError).toBe(true);
    expect(text(r)).toContain("no block 'sotr'");
    expect(text(r)).toContain("'sort'");
    const empty = await call("explain_block", {});
    expect(empty.isError).toBe(true);
  });

  it("prompt_card teaches the syntax, then the blocks by category", async () => {
    const r = await call("prompt_card", {});
    expect(r.isError).toBeFalsy();
    const card = text(r);
    expect(card).toContain("\nevens = _.filter(_.even)");
    expect(card).toContain("## sequences");
    expect(card).toContain("## strings");
    expect(card).toMatch(/^sort\(xs: \[T\]\) -> \[T\] — \S/m);
    // the syntax section is a program that compiles and runs
    const syntax = card.slice(0, card.indexOf("## "));
    const run = await call("run", { source: syntax });
    expect(run.isError, text(run)).toBeFalsy();
    expect(run.structuredContent!.output).toBe(`${/^# prints (.*)$/m.exec(syntax)![1]}\n`);
  });

  it("prompt_card fits a budget: docs go first, then the blocks least relevant to `for`", async () => {
    const full = text(await call("prompt_card", {}));
    const fullTokens = countTokens(full);
    for (const budget of [1200, 1500, 3000]) {
      const card = text(await call("prompt_card", { budget, for: "count word frequencies in a text" }));
      expect(countTokens(card), `budget ${budget}`).toBeLessThanOrEqual(budget);
      expect(countTokens(card), `budget ${budget}`).toBeGreaterThan(budget * 0.8);
      expect(card).toContain("\nevens = ");
      expect(card).toMatch(/^words\(s: str\) -> \[str\]/m);
      expect(card).toMatch(/^counts\(xs: \[T\]\)/m);
    }
    // docs are dropped before any block
    const noDocs = text(await call("prompt_card", { budget: fullTokens - 50 }));
    expect(noDocs.match(/^\w+\(.*\) -> /gm)!.length).toBe(full.match(/^\w+\(.*\) -> /gm)!.length);
    // the task decides which blocks stay
    const hashing = text(await call("prompt_card", { budget: 1100, for: "sha256 and crc32 checksums" }));
    expect(hashing).toMatch(/^sha256\(/m);
    expect(hashing).toMatch(/^crc32\(/m);
    expect(hashing).toContain("more blocks");
    // too small a budget is a tool error that says how much is needed
    const tiny = await call("prompt_card", { budget: 5 });
    expect(tiny.isError).toBe(true);
    expect(text(tiny)).toMatch(/at least \d+/);
  });

  it("check gives diagnostics as JSON with the rendered text", async () => {
    const good = await call("check", { source: "fn close(xs, t: float) = xs.sort.gaps.min < t" });
    expect(good.isError).toBeFalsy();
    expect(good.structuredContent).toMatchObject({ ok: true, diagnostics: [] });

    const bad = await call("check", { source: "fn main\n  xs = [3, 1]\n  print(xs.sotr)\n" });
    expect(bad.isError).toBe(true);
    const data = JSON.parse(text(bad));
    expect(data.ok).toBe(false);
    expect(data.diagnostics[0]).toMatchObject({ code: "E0201", severity: "error", line: 3, col: 12, endLine: 3, endCol: 16 });
    expect(data.diagnostics[0].suggestions.join(" ")).toContain("sort");
    expect(data.rendered).toContain("error[E0201]: unknown block 'sotr'");
    expect(data.rendered).toContain("--> <input>:3:12");

    const missing = await call("check", {});
    expect(missing.isError).toBe(true);
    const wrongType = await call("check", { source: 42 });
    expect(wrongType.isError).toBe(true);
  });

  it("compile gives the module as base64, or the diagnostics", async () => {
    const r = await call("compile", { source: "fn inc(x: int) = x + 1", optimize: "z" });
    expect(r.isError, text(r)).toBeFalsy();
    const { ok, bytes, wasmBase64, exports } = r.structuredContent!;
    expect(ok).toBe(true);
    const wasm = Buffer.from(wasmBase64, "base64");
    expect(wasm.length).toBe(bytes);
    expect([...wasm.subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
    expect(WebAssembly.validate(wasm)).toBe(true);
    expect(exports.inc).toEqual({ params: ["int"], result: "int" });

    const bad = await call("compile", { source: "fn f(x: int) = x +" });
    expect(bad.isError).toBe(true);
    expect(bad.structuredContent).toMatchObject({ ok: false });
    expect(bad.structuredContent!.diagnostics[0].code).toBe("E0100");

    const level = await call("compile", { source: "fn f = 1", optimize: 7 });
    expect(level.isError).toBe(true);
  });

  it("run calls main or a function and captures print output", async () => {
    const close = await call("run", { source: "fn close(xs: [float], t: float) = xs.sort.gaps.min < t", fn: "close", args: [[1.0, 2.8, 3.0], 0.3] });
    expect(close.isError, text(close)).toBeFalsy();
    expect(close.structuredContent).toMatchObject({ output: "", result: true, type: "bool" });

    const main = await call("run", { source: 'print("hello lego world".words.map(_.upper))\nprint(7 / 2, -7 // 2)' });
    expect(main.structuredContent).toMatchObject({ output: '["HELLO", "LEGO", "WORLD"]\n3.5 -4\n', result: null });

    const tuple = await call("run", { source: "fn pair(a: int, s: str) = (s, a * 2)", fn: "pair", args: [21, "x"] });
    expect(tuple.structuredContent!.result).toEqual(["x", 42]);

    const big = await call("run", { source: "fn big(x: int) = x * 1000000000", fn: "big", args: [1000000000000] });
    // ints outside JS's safe range come back as decimal strings (here 10^21 wrapped to 64 bits)
    expect(big.structuredContent!.result).toBe(BigInt.asIntN(64, 10n ** 21n).toString());

    // a generic function compiles again, in the worker, for the arguments given
    const rev = await call("run", { source: "rev(xs) = xs.reverse", fn: "rev", args: ["abc"] });
    expect(rev.isError, text(rev)).toBeFalsy();
    expect(rev.structuredContent!.result).toBe("cba");
  });

  it("run reports faults, bad arguments, endless loops and floods as tool errors", async () => {
    const fault = await call("run", { source: "fn main\n  xs = [1, 2, 3]\n  print(xs[1])\n  print(xs[5])\n" });
    expect(fault.isError).toBe(true);
    expect(text(fault)).toContain("index out of range at <input>:4:9");
    expect(text(fault)).toContain("2\n");

    const arg = await call("run", { source: "fn inc(x: int) = x + 1", fn: "inc", args: ["seven"] });
    expect(arg.isError).toBe(true);
    expect(text(arg)).toContain("argument 1");

    const count = await call("run", { source: "fn inc(x: int) = x + 1", fn: "inc", args: [] });
    expect(count.isError).toBe(true);
    expect(text(count)).toContain("takes 1 argument");

    const noFn = await call("run", { source: "fn inc(x: int) = x + 1", fn: "dec" });
    expect(noFn.isError).toBe(true);
    expect(text(noFn)).toContain("inc(int)");

    const noMain = await call("run", { source: "fn inc(x: int) = x + 1" });
    expect(noMain.isError).toBe(true);
    expect(text(noMain)).toContain("no main");

    const syntax = await call("run", { source: "print(1 +)" });
    expect(syntax.isError).toBe(true);
    expect(syntax.structuredContent!.diagnostics[0].code).toMatch(/^E0/);

    const deep = await call("run", { source: "fn f(n: int) = if n == 0: 0 else 1 + f(n - 1)", fn: "f", args: [100000000] });
    expect(deep.isError).toBe(true);

    const started = Date.now();
    const loop = await call("run", { source: "fn main\n  print(\"start\")\n  i = 0\n  while true\n    i += 1\n" });
    expect(loop.isError).toBe(true);
    expect(text(loop)).toContain(`longer than ${TIMEOUT_MS} ms`);
    expect(text(loop)).toContain("start");
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 5000);

    const flood = await call("run", { source: "fn main\n  while true\n    print(\"spam\")\n" });
    expect(flood.isError).toBe(true);
    expect(text(flood)).toContain(`more than ${MAX_OUTPUT} characters`);
    expect(flood.structuredContent!.output.length).toBe(MAX_OUTPUT);

    const badArgs = await call("run", { source: "fn f = 1", args: "nope" });
    expect(badArgs.isError).toBe(true);

    // the server is still there, and runs normally after all that
    const after = await call("run", { source: "fn sq(x: int) = x * x", fn: "sq", args: [12] });
    expect(after.structuredContent!.result).toBe(144);
    expect(stderr).not.toMatch(/Unhandled|TypeError:|at .*mcp/);
  });

  it("no request freezes or kills the server: a huge program, a huge field index, an allocation bomb", async () => {
    const COMPILE_MS = 20_000, MAX_MEMORY_MB = 1200;
    let log = "";
    const own = await startServer(["--timeout", "30000", "--compile-timeout", String(COMPILE_MS), "--max-memory", String(MAX_MEMORY_MB)], (t) => { log += t; });
    try {
      // a 700 KB program compiles in a worker; a small request meanwhile is answered at once
      const huge = `fn main\n${Array.from({ length: 24_000 }, (_, i) => `  print([1, 2].map(_ + ${i}).sum)\n`).join("")}`;
      expect(huge.length).toBeGreaterThan(700_000);
      const started = Date.now();
      let smallAt = 0;
      const [big] = await Promise.all([
        call("compile", { source: huge }, own),
        call("check", { source: "fn inc(x: int) = x + 1" }, own).then((r) => { smallAt = Date.now(); expect(r.isError).toBeFalsy(); }),
      ]);
      const bigAt = Date.now();
      expect(smallAt).toBeLessThan(bigAt);
      // answered by its diagnostic (a main of 24,000 statements needs more locals than engines
      // take) or stopped by whichever limit it reaches first: the compile time or the server's memory
      if (big.isError) expect(text(big)).toMatch(new RegExp(`compiling the program (took longer than ${COMPILE_MS} ms|used more memory than the server allows)|"code": "E0005"`));
      expect(bigAt - started).toBeLessThan(COMPILE_MS + 30_000);

      const field = await call("check", { source: "f(p) = p.2147483648" }, own);
      expect(field.isError).toBe(true);
      expect(field.structuredContent!.diagnostics[0].code).toBe("E0304");

      // memory that grows without end is stopped: by the runtime's limit or by the server's
      const bomb = await call("run", { source: 'fn main\n  n = 1\n  while true\n    s = "0123456789".repeat(n)\n    n *= 4\n' }, own);
      expect(bomb.isError).toBe(true);
      expect(text(bomb)).toMatch(/out of memory|more memory than the server allows/);

      const proto = await call("run", { source: "fn inc(x: int) = x + 1", fn: "toString" }, own);
      expect(text(proto)).toContain("exports no function 'toString'");

      const after = await call("run", { source: "fn sq(x: int) = x * x", fn: "sq", args: [12] }, own);
      expect(after.structuredContent!.result).toBe(144);
      expect(log).not.toMatch(/Unhandled|TypeError:|at .*mcp/);
    } finally {
      await own.close();
    }
  }, 180_000);

  it("an unknown tool is an error, not a crash", async () => {
    const r = await call("no_such_tool", {}).catch((e: Error) => ({ content: [{ type: "text", text: e.message }], isError: true }));
    expect(r.isError).toBe(true);
    expect(text(r)).toContain("no_such_tool");
  });
});
