// Modules that stand alone: `ideo build --js` writes an ES module that loads the .wasm beside it and
// needs no compiler, `--dts` its TypeScript declarations. The wrapper carries the JS host bundled
// from compiler/host/ (build/host.js, checked here to be what the sources bundle to), and the same
// calls through load() and through the wrapper, from a plain .mjs in its own process, give the same.
import { describe, it, expect, beforeAll } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { load } from "../compiler/index.js";
import { HOST_BUNDLE } from "../compiler/paths.js";
import { bundleHost } from "../scripts/host-bundle.js";
import { cli, runProcess } from "./support/run.js";

const dir = mkdtempSync(join(tmpdir(), "ideo-standalone-"));
writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));

const LIB = `# every kind of value that crosses to JS
close(xs: [float], t: float) = xs.sort.gaps.min < t
top(s: str) = s.lower.words.sort.unique
rev(xs) = xs.reverse
counts(ws: [str]) = {w: ws.count(w) for w in ws}
lookup(m: {str: [int]}, k: str) = m.get(k, [])
pair(a: int, b: str) = (a, b)
pairs(ps: [(int, str)]) = ps.map((n, s) => s + n.str)
maybe(n: int) = if n > 0: n else null
orzero(x: int?) = x ?? 0
big(n: int) = n * 1000000000000
fn new(x: int) = x + 1
div(a: int, b: int) = a // b
echo(x: any) = x
fn shout(args)
  for a in args: print(a.upper)
  print(stdin.lines.len)
`;

/** Calls made both ways: through load() and through the wrapper. */
const CALLS: [string, unknown[]][] = [
  ["close", [[1.0, 2.8, 3.0], 0.3]], ["close", [[5.5, 1.0], 0.1]],
  ["top", ["b a B c"]], ["rev", [[1, 2, 3]]], ["rev", [[]]],
  ["counts", [["a", "b", "a"]]], ["lookup", [{ x: [1, 2] }, "x"]], ["lookup", [{}, "y"]],
  ["pair", [7, "seven"]], ["pairs", [[[2, "ab"], [0, "z"]]]],
  ["maybe", [0]], ["maybe", [3]], ["orzero", [null]], ["orzero", [5]],
  ["big", [9007199]], ["big", [1]], ["new", [41]],
  ["div", [7, 0]], ["div", [7, "x"]], ["echo", [[1, "a", { k: null }]]], ["echo", [null]], ["rev", [["a"]]], ["close", [[1.0]]],
];

/** A result or an error as text, the same way on both sides (bigints and undefined included). */
const SHOW = `(f) => { try { return JSON.stringify(f() ?? null, (_, v) => typeof v === "bigint" ? v + "n" : v); } catch (e) { return (e.name === "IdeoFault" ? "fault: " : "error: ") + e.message; } }`;

const HOST = "extern scale(xs: [int], k: int) -> [float]\nextern note(s: str)\ntotal(xs: [int]) = scale(xs, 2).sum\nfn tell(s: str)\n  note(s.upper)\n";

beforeAll(async () => {
  writeFileSync(join(dir, "lib.ideo"), LIB);
  writeFileSync(join(dir, "host.ideo"), HOST);
  for (const f of ["lib.ideo", "host.ideo"]) {
    const r = await cli(["build", join(dir, f), "--js", "--dts"]);
    expect(r.status, r.stderr).toBe(0);
  }
});

describe("ideo build --js", () => {
  it("carries the JS host as the sources bundle to (npm run build rebuilds build/host.js)", async () => {
    expect(readFileSync(HOST_BUNDLE, "utf8")).toBe(await bundleHost());
  });

  it("gives the same results and errors as load() for the same calls", async () => {
    const show = eval(SHOW) as (f: () => unknown) => string;
    const ex = await load(LIB, { file: join(dir, "lib.ideo") });
    // load(source) compiles a generic export again for other types: the wrapper has no compiler
    const expected = CALLS.map(([f, args]) => (f === "rev" && args[0] && (args[0] as unknown[])[0] === "a" ? "generic" : show(() => ex[f](...args))));
    writeFileSync(join(dir, "calls.mjs"), `import * as lib from "./lib.js";
const show = ${SHOW};
const calls = ${JSON.stringify(CALLS)};
console.log(JSON.stringify(calls.map(([f, args]) => show(() => lib[f](...args)))));
`);
    const r = await runProcess(process.execPath, [join(dir, "calls.mjs")]);
    expect(r.stderr).toBe("");
    const got: string[] = JSON.parse(r.stdout);
    got.forEach((g, i) => {
      if (expected[i] === "generic") expect(g).toMatch(/^error: rev: argument 1: element 0: expected an integer for int, got "a" \(rev was compiled for \(\[int\]\); for other argument types load its source/);
      else expect(g, `${CALLS[i][0]}(${JSON.stringify(CALLS[i][1])})`).toBe(expected[i]);
    });
    expect(got).toContain(`fault: division by zero at ${join(dir, "lib.ideo")}:13:23`);
  });

  it("instantiate() takes print output and standard input", async () => {
    writeFileSync(join(dir, "io.mjs"), `import { instantiate } from "./lib.js";
let out = "";
const lib = await instantiate({ write: (t) => { out += t; }, stdin: "a\\nb\\nc\\n" });
lib.shout(["hey", "you"]);
console.log(JSON.stringify(out));
`);
    const r = await runProcess(process.execPath, [join(dir, "io.mjs")]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toBe("HEY\nYOU\n3\n");
  });

  it("a program with host functions is instantiated with them", async () => {
    writeFileSync(join(dir, "host.mjs"), `import * as mod from "./host.js";
const notes = [];
const lib = await mod.instantiate({ imports: { scale: (xs, k) => xs.map((x) => x * k + 0.5), note: (s) => notes.push(s) } });
lib.tell("hi");
let missing;
try { await mod.instantiate({ imports: { scale: () => [] } }); } catch (e) { missing = e.message; }
console.log(JSON.stringify([lib.total([1, 2]), notes, "total" in mod, missing]));
`);
    const r = await runProcess(process.execPath, [join(dir, "host.mjs")]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual([7, ["HI"], false, `the program declares extern note(str) at ${join(dir, "host.ideo")}:2:8: pass it as imports: { note: … }`]);
  });
});

describe("ideo build --js of a module without memory", () => {
  it("calls it, places its faults and takes the limits (compiler/link/abi.ts: it exports its functions and rt_loc only)", async () => {
    writeFileSync(join(dir, "lean.ideo"), "fibr(n: int) = if n < 2: n else fibr(n - 1) + fibr(n - 2)\ndiv(a: int, b: int) = a // b\n");
    const built = await cli(["build", join(dir, "lean.ideo"), "--js"]);
    expect(built.status, built.stderr).toBe(0);
    const wasm = new WebAssembly.Module(readFileSync(join(dir, "lean.wasm")));
    expect(WebAssembly.Module.exports(wasm).map((e) => e.name)).toEqual(["fibr", "div", "rt_loc"]);
    writeFileSync(join(dir, "lean.mjs"), `import { fibr, div, instantiate } from "./lean.js";
const limited = await instantiate({ maxMemory: 0 });
const tries = [() => fibr(20), () => div(7, 2), () => div(7, 0), () => limited.fibr(10)];
console.log(JSON.stringify(tries.map((f) => { try { return String(f()); } catch (e) { return e.name + ": " + e.message; } })));
`);
    const r = await runProcess(process.execPath, [join(dir, "lean.mjs")]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(["6765", "3", `IdeoFault: division by zero at ${join(dir, "lean.ideo")}:2:23`, "55"]);
  });
});

describe("ideo build --js --fuel", () => {
  it("instantiate() takes a fuel budget and a memory limit that bound each call", async () => {
    writeFileSync(join(dir, "spin.ideo"), "fn spin(n)\n  t = 0\n  while n > 0\n    t += 1\n  t\ngrow(n) = range(n).map(_ * 2).len\n");
    const built = await cli(["build", join(dir, "spin.ideo"), "--js", "--fuel"]);
    expect(built.status, built.stderr).toBe(0);
    writeFileSync(join(dir, "spin.mjs"), `import { instantiate } from "./spin.js";
const lib = await instantiate({ fuel: 100000, maxMemory: 2 ** 20 });
const tries = [() => lib.spin(1), () => lib.grow(10), () => lib.grow(1000000), () => lib.spin(0)];
console.log(JSON.stringify(tries.map((f) => { try { return String(f()); } catch (e) { return e.name + ": " + e.message; } })));
`);
    const r = await runProcess(process.execPath, [join(dir, "spin.mjs")]);
    expect(r.stderr).toBe("");
    const [spin, small, big, after] = JSON.parse(r.stdout);
    expect(spin).toMatch(new RegExp(`^IdeoFault: out of fuel at .*spin\\.ideo:[34]:`));
    expect(small).toBe("10");
    expect(big).toMatch(/^IdeoFault: out of (fuel|memory) at .*spin\.ideo:6:/);
    expect(after).toBe("0");
  });
});

describe("ideo build --dts", () => {
  const check = (code: string): string[] => {
    const file = join(dir, `use${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(file, code);
    const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  };

  it("declares the wrapper's exports so that a TypeScript program using them type-checks", () => {
    expect(check(`import { close, top, counts, lookup, pair, pairs, maybe, orzero, big, new as inc, shout, echo, instantiate, IdeoFault, type Exports, type Int, type Json } from "./lib.js";
const near: boolean = close([1, 2.5], 0.3);
const words: string[] = top("a b");
const c: Record<string, Int> = counts(["a"]);
const l: Int[] = lookup(new Map([["k", [1n, 2]]]), "k").concat(lookup({ k: [3] }, "k"));
const p: [Int, string] = pair(1n, "x");
const ps: string[] = pairs([[1, "a"], [2, "b"]] as const);
const m: Int | undefined = maybe(2);
const z: Int = orzero(undefined) ;
const b: Int = big(3);
const n: Int = inc(41);
const j: Json = echo({ a: [1, "x", null], b: true });
shout(["a"]);
const fresh: Promise<Exports> = instantiate({ write: (t) => console.log(t), stdin: "x", fuel: 5n, maxMemory: 1 << 20 });
const isFault = (e: unknown) => e instanceof IdeoFault && e.line > 0;
export { near, words, c, l, p, ps, m, z, b, n, j, fresh, isFault };
declare const console: { log(...a: unknown[]): void };
`)).toEqual([]);
  });

  it("and one that misuses them does not", () => {
    const errors = check(`import { close, maybe, top } from "./lib.js";
close("not an array", 0.3);
const n: number = maybe(1);
const s: number = top("x");
`);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/Argument of type 'string' is not assignable to parameter of type 'readonly number\[\]'/);
    expect(errors[1]).toMatch(/'Int \| undefined' is not assignable to type 'number'/);
  });

  it("requires the host functions a program declares", () => {
    const errors = check(`import { instantiate } from "./host.js";
instantiate({ imports: { scale: (xs: (number | bigint)[], k: number | bigint) => xs.map(Number), note: (s: string) => {} } });
instantiate();
`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Expected 1 arguments, but got 0/);
  });
});
