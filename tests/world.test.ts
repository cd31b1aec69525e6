// Programs that talk to the world: main's command-line arguments, standard input (`stdin`), and the
// JS functions a host passes in (`extern`, `load(src, { imports })`), through load() and `ideo run`.
import { describe, it, expect } from "vitest";
import { compile, load, HostImportError, CODES } from "../compiler/index.js";
import { analyze } from "../compiler/frontend.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/run.js";

async function run(source: string, opts: { args?: string[]; stdin?: string; imports?: Record<string, unknown> } = {}): Promise<string> {
  let out = "";
  const ex = await load(source, { file: "t.ideo", stdin: opts.stdin, imports: opts.imports, write: (t) => { out += t; } });
  ex.main(...(opts.args ? [opts.args] : []));
  return out;
}

const codes = async (source: string) => (await analyze(source, { file: "t.ideo" })).diagnostics.map((d) => d.code);

describe("main's command-line arguments", () => {
  it("fn main(args) takes them as [str]", async () => {
    expect(await run("fn main(args)\n  print(args.len, args.map(_.upper))\n", { args: ["a", "bc"] })).toBe('2 ["A", "BC"]\n');
    expect((await compile("fn main(args: [str])\n  print(args)\n")).diagnostics).toEqual([]);
  });

  it("a script reads them as `args` unless it sets a variable of that name", async () => {
    expect(await run("print(args.map(_.int).sum)\n", { args: ["1", "2"] })).toBe("3\n");
    expect(await run("args = [1, 2]\nprint(args.sum)\n")).toBe("3\n");
    expect(await run("for x in [1]: print(x)\n")).toBe("1\n");
  });

  it("main takes nothing else (E0402)", async () => {
    expect(await codes("fn main(n: int)\n  print(n)\n")).toEqual(["E0402"]);
    expect(await codes("fn main(args, more)\n  print(args)\n")).toEqual(["E0402"]);
    expect(await codes("fn main(args)\n  print(args + 1)\n")).toContain("E0300");
  });
});

describe("standard input", () => {
  it("`stdin` is all of it that is left, and `stdin.lines` its lines", async () => {
    expect(await run("text = stdin\nprint(text.lines, text.len)\nprint(stdin.len)\n", { stdin: "héllo\nworld\n" })).toBe('["héllo", "world"] 12\n0\n');
    expect(await run("for l in stdin.lines: print(l.words.len)\n", { stdin: "a b\n\nc\n" })).toBe("2\n0\n1\n");
  });

  it("is empty unless the host gives one; a reader function is read to its end", async () => {
    expect(await run("print(stdin.len)\n")).toBe("0\n");
    let given = 0;
    const chunks = ["ab", "c\nd", ""];
    const reader = (buf: Uint8Array) => { const c = new TextEncoder().encode(chunks[given++] ?? ""); buf.set(c); return c.length; };
    expect(await run("print(stdin.lines)\n", { stdin: reader as never })).toBe('["abc", "d"]\n');
  });

  it("is a string value: written into, it is an error, not a crash (E0101)", async () => {
    expect(await codes('stdin[0] = "a"\n')).toEqual(["E0101"]);
    expect(await codes('s = "abc"\ns[0] = "x"\nprint(s)\n')).toEqual(["E0101"]);
    expect(await codes("fn f(s)\n  s[0] = \"x\"\n  s.upper\n")).toEqual(["E0101"]);
    expect(await run("xs = [stdin]\nxs[0] = xs[0].upper\nprint(xs)\n", { stdin: "ab" })).toBe('["AB"]\n');
  });

  it("a function of the program may take its name, and `stdin(1)` is an error", async () => {
    expect(await run("stdin(n) = n * 2\nprint(stdin(4))\n")).toBe("8\n");
    expect(await codes("print(stdin(1))\n")).toEqual(["E0202"]);
    expect((await analyze("print(stdn.len)\n")).diagnostics[0].suggestions).toContain("did you mean 'stdin'?");
  });
});

describe("host functions: extern and load(src, { imports })", () => {
  const SRC = `extern now() -> float
extern log(msg: str)
extern lookup(m: {str: [int]}, k: str) -> [int]?
extern pairs(n: int) -> [(str, int)]
fn main
  log("start")
  print(now() * 2)
  print(lookup({"a": [1, 2]}, "a") ?? [0], lookup({}, "b") ?? [0])
  for p in pairs(2): print(p.0, p.1 + 1)
`;

  it("are called with plain JS values and give theirs back, typed as declared", async () => {
    const logged: unknown[] = [];
    const out = await run(SRC, { imports: {
      now: () => 1.25,
      log: (m: unknown) => logged.push(m),
      lookup: (m: Record<string, number[]>, k: string) => m[k],
      pairs: (n: number) => Array.from({ length: n }, (_, i) => [`p${i}`, i * 10]),
    } });
    expect(out).toBe("2.5\n[1, 2] [0]\np0 1\np1 11\n");
    expect(logged).toEqual(["start"]);
  });

  it("a missing one, or one that is not a function, is named when loading, with its code and place (E0504)", async () => {
    const SRC = "print(1)\nextern now() -> float\nprint(now())\n";
    await expect(load(SRC, { file: "t.ideo" })).rejects.toThrow("the program declares extern now() -> float at t.ideo:2:8: pass it as imports: { now: … }");
    await expect(load(SRC, { file: "t.ideo", imports: { now: 3 } })).rejects.toThrow("imports.now must be a function (the program declares extern now() -> float at t.ideo:2:8), not number");
    const e = await load(SRC, { file: "t.ideo" }).catch((x) => x);
    expect(e).toBeInstanceOf(HostImportError);
    expect(e).toMatchObject({ code: CODES.hostMissing, fn: "now", file: "t.ideo", line: 2, col: 8 });
    // declared in an imported file: placed there
    const files = { "lib/clock.ideo": "# the host's clock\nextern now() -> float\n" };
    const f = await load('import "lib/clock.ideo"\nprint(now())\n', { file: "main.ideo", files }).catch((x) => x);
    expect(f).toMatchObject({ code: "E0504", file: "lib/clock.ideo", line: 2, col: 8 });
  });

  it("a result of the wrong type is a TypeError naming the function", async () => {
    await expect(run("extern now() -> float\nprint(now())\n", { imports: { now: () => "soon" } })).rejects.toThrow('host function now must return float: expected a number for float, got "soon"');
  });

  it("parameters need their types (E0502), and the declaration is all there is to it", async () => {
    expect(await codes("extern log(msg)\nlog(1)\n")).toEqual(["E0502"]);
    expect(await codes("extern log(msg: str)\nlog(1)\n")).toEqual(["E0300"]);
    expect(await codes("extern log(msg: str)\nextern log(n: int)\n")).toEqual(["E0203"]);
    // `extern` and `import` stay usable as names
    expect(await run("extern = 2\nimport = 3\nprint(extern * import)\n")).toBe("6\n");
  });

  it("a host function's exception passes through the call", async () => {
    const ex = await load("extern boom(n: int) -> int\ntwice(n: int) = boom(n) * 2\n", { imports: { boom: () => { throw new RangeError("no"); } } });
    expect(() => ex.twice(1)).toThrow("no");
  });
});

describe("ideo run FILE ARGS… with standard input", () => {
  it("passes the arguments and the process's standard input to main", async () => {
    const r = await cli(["run", "examples/io/wc.ideo", "--", "-l", "-w"], "one two\nthree\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("2\n3\n");
    expect((await cli(["run", "examples/io/wc.ideo"], "a b c\n")).stdout).toBe("1 3 6\n");
  });

  it("refuses a program that declares a host function, at the declaration (E0504)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ideo-world-"));
    writeFileSync(join(dir, "clock.ideo"), "# needs JS\nextern now() -> float\nprint(now())\n");
    const r = await cli(["run", join(dir, "clock.ideo")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error[E0504]: 'now' is a host function (`extern`), and ideo run has no JS host to pass it");
    expect(r.stderr).toContain(`--> ${join(dir, "clock.ideo")}:2:8`);
    expect(r.stderr).toContain("2 | extern now() -> float\n  |        ^^^");
  });

  it("a main without parameters refuses arguments (exit 2), and a bad option is named", async () => {
    const r = await cli(["run", "examples/tour.ideo", "extra"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/main takes no command-line arguments, given "extra": write `fn main\(args\)` to receive them/);
  });
});
