// Modules built for WASI (`ideo build --wasi`) under node:wasi: they import nothing but
// wasi_snapshot_preview1, take their arguments and standard input, print what load() prints, and
// exit with code 1 and the message `ideo run` gives on a fault. Floats are formatted inside the module
// (runtime/dtoa.wat), checked here against the JS host's formatting for random doubles.
import { describe, it, expect, beforeAll } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, load, IdeoFault } from "../compiler/index.js";
import { ROOT } from "../compiler/paths.js";
import { binaryen, newModule } from "../compiler/binaryen.js";
import { link } from "../compiler/link/link.js";
import { instantiate, reprDigits } from "../compiler/host/instance.js";
import { runWasi } from "./support/wasi.js";
import { cli } from "./support/run.js";

async function wasi(source: string, file = "prog.ideo"): Promise<Uint8Array> {
  const r = await compile(source, { file, target: "wasi" });
  if (!r.wasm) throw new Error(r.render());
  return r.wasm;
}

/** What the JS host gives for the same program: its output, and `ideo run`'s line for a fault. */
async function viaLoad(source: string, file: string, args: string[] | undefined, stdin: string): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "";
  const ex = await load(source, { file, stdin, write: (t) => { stdout += t; } });
  try {
    ex.main(...(args ? [args] : []));
    return { stdout, stderr: "", code: 0 };
  } catch (e) {
    if (!(e instanceof IdeoFault)) throw e;
    return { stdout, stderr: `error: ${e.message}\n`, code: 1 };
  }
}

describe("ideo build --wasi", () => {
  it("imports only wasi_snapshot_preview1 and exports _start and memory", async () => {
    const wasm = await wasi("print(1)\n");
    const mod = new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
    expect([...new Set(WebAssembly.Module.imports(mod).map((i) => i.module))]).toEqual(["wasi_snapshot_preview1"]);
    expect(WebAssembly.Module.exports(mod).map((e) => e.name)).toEqual(expect.arrayContaining(["_start", "memory"]));
  });

  it("main gets the command-line arguments after the program's name, and stdin reads standard input", async () => {
    const wasm = await wasi("fn main(args)\n  print(args, args.len)\n  for l in stdin.lines: print(l.upper)\n  print(stdin.len)\n");
    expect(await runWasi(wasm, ["one", "two words", "ünï"], "a\nbc\n")).toEqual({ stdout: '["one", "two words", "ünï"] 3\nA\nBC\n0\n', stderr: "", code: 0 });
    expect(await runWasi(wasm, [], "")).toEqual({ stdout: "[] 0\n0\n", stderr: "", code: 0 });
  });

  it("a script reads `args` too", async () => {
    expect((await runWasi(await wasi("print(args.map(_.int).sum)\n"), ["4", "5"])).stdout).toBe("9\n");
  });

  it("reads a large standard input whole", async () => {
    const input = Array.from({ length: 30000 }, (_, i) => `line ${i}`).join("\n") + "\n";
    const r = await runWasi(await wasi("ls = stdin.lines\nprint(ls.len, ls[-1], ls.map(_.len).sum)\n"), [], input);
    expect(r.stdout).toBe(`30000 line 29999 ${input.length - 30000}\n`);
  });

  it("a fault writes `ideo run`'s message to standard error and exits with code 1", async () => {
    const source = "fn main(args)\n  print(\"before\")\n  print([1, 2][args.len + 2])\n  print(\"after\")\n";
    const r = await runWasi(await wasi(source, "dir/prog.ideo"), ["x"]);
    expect(r).toEqual({ stdout: "before\n", stderr: "error: index out of range at dir/prog.ideo:3:9\n", code: 1 });
  });

  it("builds no module without main, or with host functions (they need JS)", async () => {
    const none = await compile("double = _ * 2\n", { target: "wasi" });
    expect(none.wasm).toBeUndefined();
    expect(none.diagnostics.map((d) => d.code)).toEqual(["E0400"]);
    const host = await compile("extern now() -> float\nprint(now())\n", { target: "wasi", file: "h.ideo" });
    expect(host.wasm).toBeUndefined();
    expect(host.render()).toContain("error[E0503]: 'now' is a host function, which needs a JS host");
    expect(host.render()).toContain("--> h.ideo:1:8");
  });
});

describe("the same programs under the JS host and under WASI", () => {
  const programs: [string, string, string[]?, string?][] = [
    ["values", 'print(1, -2, 3.5, true, "q\\"uote", [1.5, 2.0], ("a", [1]), {"k": [true]}, [1, null], -0.0, 0.1 + 0.2, 2.0 ** 52, 1 / 3)\n'],
    ["floats", "for x in [1e15, 123456.789, 0.001, 1.0 / 7, 5e-324, 1.7976931348623157e308, 100.0, 2.5, -1.25e-3]: print(x, x.str, [x])\n"],
    ["args", "fn main(args)\n  for a in args: print(a.len, a.reverse)\n", ["abc", "", "é!"]],
    ["stdin", "words = stdin.words\nprint(words.len, words.sort.unique)\nprint(stdin == \"\")\n", undefined, "b a\nc a\n"],
    ["key", 'm = {"a": 1}\nprint(m["a"])\nprint(m["b"])\n'],
    ["divzero", "fn main(args)\n  print(10 // args.len)\n", []],
    ["empty", "print([1].max)\nprint([].max)\n"],
    ["argument", "print(range(5).step(0))\n"],
  ];
  for (const [name, source, args, stdin] of programs) {
    it(name, async () => {
      const js = await viaLoad(source, `${name}.ideo`, args, stdin ?? "");
      expect(await runWasi(await wasi(source, `${name}.ideo`), args ?? [], stdin ?? "")).toEqual(js);
    });
  }

  const dir = join(ROOT, "examples");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".ideo")).sort()) {
    it(`examples/${f} prints its .out file`, async () => {
      const r = await runWasi(await wasi(readFileSync(join(dir, f), "utf8"), `examples/${f}`));
      expect(r.stdout).toBe(readFileSync(join(dir, f.replace(/\.ideo$/, ".out")), "utf8"));
      const err = join(dir, f.replace(/\.ideo$/, ".err"));
      expect(r.stderr).toBe(existsSync(err) ? `error: ${readFileSync(err, "utf8").trim()}\n` : "");
      expect(r.code).toBe(existsSync(err) ? 1 : 0);
    });
  }
});

describe("float text inside the module (runtime/dtoa.wat)", () => {
  // dtoa linked alone (with the runtime, for its allocator), against what the JS host's fmt_f64 writes
  let inWasm: (x: number) => string;
  beforeAll(async () => {
    const b = await binaryen();
    const m = newModule(b);
    link(b, m, { roots: ["dtoa"] });
    for (const f of ["dtoa", "rt_alloc"]) m.addFunctionExport(f, f);
    const wasm = m.emitBinary();
    m.dispose();
    const { exports: ex } = await instantiate(wasm, {});
    inWasm = (x) => {
      const p = ex.rt_alloc(32), n = ex.dtoa(x, p);
      return new TextDecoder().decode(new Uint8Array((ex.memory as WebAssembly.Memory).buffer, p, n));
    };
  });
  const jsHost = reprDigits;

  it("writes the JS host's text for any finite double", () => {
    for (const x of [1, -1.5, 0.1, 1e15, 1e16, 1e-4, 1e-5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2 ** 53 + 2, 1234.5678, 2061706113819279.2, 0, -0]) {
      expect(inWasm(x), String(x)).toBe(jsHost(x));
    }
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => inWasm(x) === jsHost(x)), { numRuns: 20000 });
    // decimals as people write them, and the ties between two shortest candidates they produce
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 }), (n, k) => { const x = n / 10 ** k; return inWasm(x) === jsHost(x); }), { numRuns: 5000 });
  });
});

describe("ideo build --wasi from the CLI", () => {
  it("writes a module that node:wasi runs", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ideo-wasi-cli-")), "wc.wasm");
    const r = await cli(["build", "examples/io/wc.ideo", "--wasi", "-o", out]);
    expect(r.status, r.stderr).toBe(0);
    const run = await runWasi(readFileSync(out), ["-l"], "one two\nthree\n");
    expect(run).toEqual({ stdout: "2\n", stderr: "", code: 0 });
  });
});
