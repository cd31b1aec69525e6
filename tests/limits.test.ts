// Fuel and memory limits: a program past its budget stops with a fault naming its line, in bounded
// time — through the JS API, `ideo run`, the MCP server and the eval workers, which go on serving.
import { describe, it, expect, afterAll } from "vitest";
import { readdirSync, readFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { compile, load, IdeoFault, SANDBOX_LIMITS } from "../compiler/index.js";
import { instantiate } from "../compiler/host/instance.js";
import { ROOT } from "../compiler/paths.js";
import { TestRunner } from "../cli/eval-worker.js";
import { repairMessage } from "../cli/eval-llm.js";
import { cli } from "./support/run.js";

/** f(...args) of a program loaded with these limits: its value, or its fault's message. */
async function outcome(source: string, fuel?: number, maxMemory?: number, ...args: unknown[]): Promise<string> {
  const ideo = await load(source, { file: "t.ideo", fuel, maxMemory });
  try { return String(ideo.f(...args)); } catch (e) { return (e as Error).message; }
}

describe("fuel", () => {
  it("an endless loop stops at its line", async () => {
    expect(await outcome("fn f()\n  x = 0\n  while true\n    x += 1\n  x", 1_000_000)).toBe("out of fuel at t.ideo:3:3");
  });

  it("a loop turn is one unit: a counted loop takes its whole count when it starts, others turn by turn", async () => {
    const counted = "fn f()\n  t = 0\n  for i in range(1000): t += i\n  t";
    expect(await outcome(counted, 1000)).toBe("499500");
    expect(await outcome(counted, 999)).toBe("out of fuel at t.ideo:3:3");
    const counting = "fn f()\n  i = 0\n  while i < 1000: i += 1\n  i";
    expect(await outcome(counting, 1000)).toBe("1000");
    expect(await outcome(counting, 999)).toBe("out of fuel at t.ideo:3:3");
    // a loop that can leave early is charged turn by turn, so a huge count costs what it uses
    expect(await outcome("fn f()\n  for i in range(10 ** 18)\n    if i == 5: return i\n  0", 10)).toBe("5");
    expect(await outcome("fn f()\n  t = 0\n  for x in [1, 2, 3]\n    for y in range(-5, 5, 3): t += x * y\n  t", 3 + 3 * 4)).toBe("-12");
    // a count past the budget fails at once, before the first turn
    expect(await outcome("fn f()\n  t = 0\n  for i in range(10 ** 15): t += i\n  t", 1_000_000)).toBe("out of fuel at t.ideo:3:3");
  });

  it("a call of a recursive function is one unit, so recursion without loops stops too", async () => {
    const fib = "fn fib(n: int) = if n < 2: n else fib(n - 1) + fib(n - 2)\nfn f() = fib(10)";
    expect(await outcome(fib, 177)).toBe("55");
    expect(await outcome(fib, 176)).toBe("out of fuel at t.ideo:1:4");
    // exponential recursion that would run for years stops at the function's line
    const started = Date.now();
    expect(await outcome("fn fib(n: int) = if n < 2: n else fib(n - 1) + fib(n - 2)\nfn f() = fib(90)", 10_000_000)).toBe("out of fuel at t.ideo:1:4");
    expect(Date.now() - started).toBeLessThan(10_000);
    // through a lambda given to a block: here the block's share runs out first
    expect(await outcome("fn g(n: int) = if n == 0: 0 else [n].map(x => g(x - 1)).sum\nfn f() = g(10 ** 6)", 100)).toBe("out of fuel at t.ideo:1:34");
  });

  it("a block spends 8 units for each element it is given", async () => {
    const sum = "fn f(xs: [int]) = xs.sum";
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    expect(await outcome(sum, 8000, undefined, xs)).toBe("499500");
    expect(await outcome(sum, 7999, undefined, xs)).toBe("out of fuel at t.ideo:1:19");
    expect(await outcome("fn f(s: str) = s.upper", 8 * 5 + 10, undefined, "hello")).toBe("HELLO");
    // but not a block that reads a part of what it is given: len of an array, get, first, bsearch
    expect(await outcome("fn f(xs: [int]) = xs.len + xs.first + xs.last + xs.bsearch(7)", 0, undefined, xs)).toBe("2006");
    expect(await outcome("fn f(s: str) = s.len", 39, undefined, "hello")).toBe("out of fuel at t.ideo:1:16");
    const words = "fn f(n: int)\n  m = {}\n  for i in range(n): m[i % 1000] = m.get(i % 1000, 0) + 1\n  m.len";
    expect(await outcome(words, 200_000, undefined, 100_000)).toBe("1000"); // get by the map's size: 800,000,000
    // a lambda's calls spend from the same budget as the block that calls it
    expect(await outcome("fn f() = range(10).map(n => (0..n).map(k => if k < 0: 0 else k * k).sum).sum", 100)).toMatch(/^out of fuel at t.ideo:1:/);
  });

  it("a call that allocates a size known only when it runs spends a unit for each 8 bytes", async () => {
    // fill(n, 7) allocates the array's 8-byte header and its n elements (len reads only the length)
    expect(await outcome("fn f(n: int) = fill(n, 7).len", 1001, undefined, 1000)).toBe("1000");
    expect(await outcome("fn f(n: int) = fill(n, 7).len", 1000, undefined, 1000)).toBe("out of fuel at t.ideo:1:16");
    // so a loop that allocates much each turn stops after a few turns, not a few billion
    const started = Date.now();
    expect(await outcome("fn f()\n  n = 0\n  while true\n    xs = fill(1000000, n)\n    n += 1\n  n", SANDBOX_LIMITS.fuel)).toBe("out of fuel at t.ideo:4:10");
    // constant arguments too: what the block allocates is its own business
    expect(await outcome("fn f()\n  while true: xs = fill(1000000, 0)\n  0", SANDBOX_LIMITS.fuel)).toBe("out of fuel at t.ideo:2:20");
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await outcome('fn f(s: str)\n  while true: t = s + s\n  0', 1_000_000, undefined, "x".repeat(1_000_000))).toBe("out of fuel at t.ideo:2:19");
  });

  it("each call from JS starts with the whole budget", async () => {
    const ideo = await load("fn f(n: int)\n  t = 0\n  for i in range(n): t += i\n  t", { fuel: 100 });
    for (let k = 0; k < 3; k++) expect(ideo.f(100)).toBe(4950);
    expect(() => ideo.f(101)).toThrow(IdeoFault);
    expect(ideo.f(10)).toBe(45);
  });

  it("a budget needs the checks compiled in; a budget is a whole number or Infinity", async () => {
    const r = await compile("fn f() = 1");
    await expect(load(r.wasm!, { fuel: 10 })).rejects.toThrow(/compiled without fuel checks/);
    const checked = await compile("fn f() = 1", { fuel: true });
    expect((await load(checked.wasm!, { fuel: 10 })).f()).toBe(1);
    expect((await load(checked.wasm!, { fuel: Infinity })).f()).toBe(1);
    expect((await load(checked.wasm!)).f()).toBe(1);
    await expect(load(checked.wasm!, { fuel: -1 })).rejects.toThrow(/fuel must be a whole number/);
    await expect(load(checked.wasm!, { fuel: 1.5 })).rejects.toThrow(/fuel must be a whole number/);
    await expect(load(checked.wasm!, { maxMemory: NaN })).rejects.toThrow(/maxMemory must be/);
  });
});

describe("memory", () => {
  it("an allocation loop stops at its line below the limit", async () => {
    const src = "fn f()\n  xs = [0]\n  while true\n    xs = xs + xs.map(_ + 1)\n  xs.len";
    expect(await outcome(src, undefined, 16 * 2 ** 20)).toBe("out of memory at t.ideo:4:15");
    const r = await compile(src);
    const inst = await instantiate(r.wasm!, { maxMemory: 16 * 2 ** 20 });
    expect(() => inst.scoped(() => inst.exports.f())).toThrow(/out of memory/);
    expect(inst.memory.buffer.byteLength).toBeLessThanOrEqual(16 * 2 ** 20);
  });

  it("a limit that fits the program lets it run", async () => {
    expect(await outcome("fn f() = fill(1000000, 1).sum", undefined, 16 * 2 ** 20)).toBe("1000000");
  });
});

describe("a program's results are the same with the limits on", () => {
  const dir = join(ROOT, "examples");
  const examples = readdirSync(dir).filter((f) => f.endsWith(".ideo")).sort();
  for (const opt of [0, 2] as const) {
    it(`every example prints its .out (or faults as its .err says) at -O${opt}`, async () => {
      for (const f of examples) {
        const source = readFileSync(join(dir, f), "utf8");
        let out = "", error: string | undefined;
        const ideo = await load(source, { file: `examples/${f}`, optimize: opt, write: (t) => { out += t; }, ...SANDBOX_LIMITS });
        try { ideo.main(); } catch (e) { error = (e as Error).message; }
        expect(out, f).toBe(readFileSync(join(dir, f.replace(/\.ideo$/, ".out")), "utf8"));
        const errFile = join(dir, f.replace(/\.ideo$/, ".err"));
        expect(error, f).toBe(existsSync(errFile) ? readFileSync(errFile, "utf8").trim() : undefined);
      }
    }, 120_000);
  }
});

describe("ideo run", () => {
  it("stops a runaway program within seconds by default, and takes --fuel and --max-memory", async () => {
    const loop = await cli(["run", "tests/limits/endless.ideo"]);
    expect(loop.status).toBe(1);
    expect(loop.stderr.trim()).toBe("error: out of fuel at tests/limits/endless.ideo:4:3");
    expect(loop.stdout).toBe("start\n");
    const small = await cli(["run", "tests/limits/endless.ideo", "--fuel", "1000"]);
    expect(small.stderr.trim()).toBe("error: out of fuel at tests/limits/endless.ideo:4:3");
    const bomb = await cli(["run", "tests/limits/bomb.ideo", "--max-memory", "32"]);
    expect(bomb.status).toBe(1);
    expect(bomb.stderr.trim()).toBe("error: out of memory at tests/limits/bomb.ideo:4:20");
    expect((await cli(["run", "tests/limits/bomb.ideo"])).stderr.trim()).toBe("error: out of memory at tests/limits/bomb.ideo:4:20");
    const bad = await cli(["run", "tests/limits/endless.ideo", "--fuel", "lots"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--fuel takes a whole number");
    expect((await cli(["run", "--help"])).stdout).toMatch(/--fuel <n>[\s\S]*--max-memory <mb>[\s\S]*--fuel 0/);
  });

  it("ideo build --fuel makes a module load() can give a budget", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ideo-limits-")), "endless.wasm");
    expect((await cli(["build", "tests/limits/endless.ideo", "--fuel", "-o", out])).status).toBe(0);
    const ideo = await load(readFileSync(out), { file: "endless.ideo", fuel: 1000, write: () => {} });
    expect(() => ideo.main()).toThrow("out of fuel at endless.ideo:4:3");
  });
});

describe("sandboxes go on serving after a program spends its budget", () => {
  const closers: { close(): Promise<void> }[] = [];
  afterAll(async () => { for (const c of closers) await c.close(); });

  it("the eval workers: out of fuel is a run that did not finish, with its line", async () => {
    const runner = new TestRunner();
    closers.push(runner);
    const tests = "assert.strictEqual(candidate(1), 2);";
    // a time limit far past what the fuel takes: the fuel stops it
    const reply = await runner.run({ source: "fn f(x: int)\n  while true: x += 1\n  x", entry: "f", tests }, 60_000);
    expect(reply).toMatchObject({ kind: "timeout", message: "out of fuel at 2:3" });
    // the model's repair message names the loop
    expect(repairMessage("timeout", reply.message!, "f")).toContain("It ran out of fuel at 2:3.");
    expect(await runner.run({ source: "f(x: int) = x + 1", entry: "f", tests }, 60_000)).toMatchObject({ kind: "pass" });
  }, 120_000);

  it("the MCP server: a run past its fuel is a tool error naming the line, and the next run works", async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: [join(ROOT, "dist", "cli", "mcp-entry.js"), "--timeout", "60000", "--fuel", "1000000"], cwd: ROOT, stderr: "pipe" });
    const client = new Client({ name: "ideo-limits-test", version: "1.0.0" });
    await client.connect(transport);
    closers.push(client);
    const call = async (args: Record<string, unknown>) => (await client.callTool({ name: "run", arguments: args })) as { isError?: boolean; content: { text?: string }[]; structuredContent?: Record<string, unknown> };
    const started = Date.now();
    const loop = await call({ source: "fn main\n  print(\"start\")\n  i = 0\n  while true\n    i += 1\n" });
    expect(loop.isError).toBe(true);
    expect(loop.content.map((c) => c.text).join("\n")).toMatch(/runtime fault: out of fuel at <input>:4:3[\s\S]*start/);
    const fib = await call({ source: "fn fib(n: int) = if n < 2: n else fib(n - 1) + fib(n - 2)", fn: "fib", args: [80] });
    expect(fib.content.map((c) => c.text).join("\n")).toContain("out of fuel at <input>:1:4");
    expect(Date.now() - started).toBeLessThan(30_000);
    const after = await call({ source: "fn sq(x: int) = x * x", fn: "sq", args: [12] });
    expect(after.structuredContent!.result).toBe(144);
  }, 120_000);
});
