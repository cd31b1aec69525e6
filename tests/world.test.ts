// Programs that talk to the world: main's command-line arguments and standard input (`stdin`),
// through load() and `ideo run`.
import { describe, it, expect } from "vitest";
import { compile, load } from "../compiler/index.js";
import { analyze } from "../compiler/frontend.js";
import { cli } from "./support/run.js";

async function run(source: string, opts: { args?: string[]; stdin?: string } = {}): Promise<string> {
  let out = "";
  const ex = await load(source, { file: "t.ideo", stdin: opts.stdin, write: (t) => { out += t; } });
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

describe("ideo run FILE ARGS… with standard input", () => {
  it("passes the arguments and the process's standard input to main", async () => {
    const r = await cli(["run", "examples/io/wc.ideo", "--", "-l", "-w"], "one two\nthree\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("2\n3\n");
    expect((await cli(["run", "examples/io/wc.ideo"], "a b c\n")).stdout).toBe("1 3 6\n");
  });

  it("a main without parameters refuses arguments (exit 2), and a bad option is named", async () => {
    const r = await cli(["run", "examples/tour.ideo", "extra"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/main takes no command-line arguments, given "extra": write `fn main\(args\)` to receive them/);
  });
});
