// Setting several names at once (docs/language.md, "Statements"): `a, b = b, a + b` computes every
// value before it sets any name, `q, r = t` takes a tuple apart, elements swap in place; the parser's
// tree, the checker's diagnostics (codes and spans), the runs at -O0 and -O2, and `ideo fmt`.
import { describe, it, expect } from "vitest";
import { compile } from "../compiler/index.js";
import { expectRun } from "./support/run.js";
import { lex } from "../compiler/syntax/lexer.js";
import { parse } from "../compiler/syntax/parser.js";
import { format } from "../compiler/format/format.js";


/** The errors of a program: code, line:col to endLine:endCol, message. */
async function errors(source: string): Promise<string[]> {
  const r = await compile(source, { file: "t.ideo" });
  return r.json().map((d) => `${d.code} ${d.line}:${d.col}-${d.endLine}:${d.endCol} ${d.message}`);
}

const stmtOf = (source: string) => {
  const { program, diagnostics } = parse(lex(source).tokens);
  expect(diagnostics).toEqual([]);
  return program.fns[0].body.stmts[0];
};

describe("parsing", () => {
  it("names and values separated by commas are tuples on either side of one assignment", () => {
    const s = stmtOf("a, b = b, a + b\n");
    expect(s.kind).toBe("assign");
    if (s.kind !== "assign") return;
    expect(s.target.kind === "tuple" && s.target.items.map((t) => t.kind === "name" && t.name)).toEqual(["a", "b"]);
    expect(s.value.kind === "tuple" && s.value.items.length).toBe(2);
    expect(s.span).toEqual({ start: 0, end: 15 });
  });

  it("parentheses make the same statement, and one tuple may stand on the right", () => {
    const strip = (x: unknown) => JSON.stringify(x, (k, v) => (/span$/i.test(k) ? undefined : typeof v === "bigint" ? String(v) : v));
    expect(strip(stmtOf("(a, b) = (1, 2)\n"))).toBe(strip(stmtOf("a, b = 1, 2\n")));
    const s = stmtOf("q, r = t\n");
    expect(s.kind === "assign" && s.value.kind).toBe("name");
    expect(s.kind === "assign" && s.target.kind === "index" ? "" : s.kind === "assign" && s.target.kind).toBe("tuple");
  });

  it("names separated by commas alone are an error that shows the statement", async () => {
    expect(await errors("a, b = 1, 2\na, b\n")).toEqual(["E0100 2:1-2:5 names separated by commas are set together: `a, b = b, a + b`"]);
  });
});

describe("checking", () => {
  it("the numbers of names and values must agree (E0306, at the values)", async () => {
    expect(await errors("a, b = 1, 2, 3\nprint(a)\n")).toEqual(["E0306 1:8-1:15 2 names cannot be set from 3 values: each name takes one value"]);
    expect(await errors("t = (1, 2, 3)\na, b = t\nprint(a)\n")).toEqual(["E0306 2:8-2:9 2 names cannot be set from a tuple of 3 fields: each name takes one value"]);
    expect(await errors("fn main\n  a, b, c = (1, 2)\n  print(a)\n")).toEqual(["E0306 2:13-2:19 3 names cannot be set from 2 values: each name takes one value"]);
  });

  it("an array or a plain value is not taken apart", async () => {
    const r = await compile("xs = [1, 2]\na, b = xs\nprint(a)\n");
    expect(r.json().map((d) => [d.code, d.line, d.col, d.suggestions])).toEqual([["E0306", 2, 8, ["take the elements by index: `a, b = xs[0], xs[1]`"]]]);
    expect(await errors("a, b = 5\n")).toEqual(["E0306 1:8-1:9 2 names cannot be set from one number: only a tuple is taken apart"]);
  });

  it("only `=` sets several at once, and only names and elements (E0101)", async () => {
    expect(await errors("a, b = 1, 2\na, b += 1, 2\n")).toEqual(["E0101 2:1-2:5 only `=` sets several names at once, not `+=`"]);
    expect(await errors("p = (1, 2)\np.0, p.1 = 3, 4\n")).toEqual(["E0101 2:1-2:4 only names and elements `xs[i]` can be set together"]);
    expect(await errors("a, (b, c) = 1, (2, 3)\n")).toEqual(["E0101 1:4-1:10 only names and elements `xs[i]` can be set together"]);
  });

  it("a name set again keeps its type, as with `x = e`", async () => {
    expect(await errors("a = 1\na, b = \"x\", 2\nprint(a, b)\n")).toEqual(["E0300 2:8-2:11 type mismatch in variable 'a': expected number, found str"]);
    expect(await errors("t = (\"x\", 2)\na = 1\na, b = t\nprint(a, b)\n")).toEqual(["E0300 3:8-3:9 type mismatch in variable 'a': expected number, found str"]);
  });

  it("every value is read before a name is set: a name the statement binds is not yet there", async () => {
    expect((await errors("a, b = 1, a\n"))[0]).toMatch(/^E0200 1:11-1:12 unknown name 'a'/);
  });
});

describe("running", () => {
  it("every value is computed before any name is set: swaps and Fibonacci", async () => {
    await expectRun("fn fib(n: int)\n  a, b = 0, 1\n  for i in range(n): a, b = b, a + b\n  a\na, b = \"x\", \"y\"\na, b = b, a\nprint(fib(10), fib(90), a, b)\n", "55 2880067194370816120 y x\n");
    await expectRun("x, y, z = 1, 2, 3\nx, y, z = z, x, y\nprint(x, y, z)\n", "3 1 2\n");
  });

  it("a tuple is taken apart, from a function, a parameter, a loop", async () => {
    await expectRun("divmod2(a, b) = (a // b, a % b)\nsplit(p)\n  k, v = p\n  k.str + v\nq, r = divmod2(17, 5)\n(s, t) = (\"a\", [1])\nfor p in [(1, \"x\"), (2, \"y\")]\n  n, w = p\n  print(n, w, split(p))\nprint(q, r, s, t)\n", "1 x 1x\n2 y 2y\n3 2 a [1]\n");
  });

  it("elements swap in place, values first, then each target left to right as Python does", async () => {
    await expectRun("xs = [1, 2, 3, 4]\nxs[0], xs[-1] = xs[-1], xs[0]\ni, xs[i] = 2, 9\nm = {\"a\": 1}\nm[\"b\"], m[\"a\"] = m[\"a\"], 7\nprint(xs, i, m)\n", "[4, 2, 9, 1] 2 {\"a\": 7, \"b\": 1}\n");
    await expectRun("xs = [1, 2]\nxs[0], xs[5] = 7, 8\n", "! index out of range at t.ideo:2:8");
  });

  it("a name that may be null takes a plain value, as with `x = e`", async () => {
    await expectRun("best = null\nn = 0\nfor v in [3, 5, 2]\n  if v > 2: best, n = v, n + 1\nprint(best, n, (best ?? 0) + 1)\n", "5 2 6\n");
  });

  it("a loop that swaps strings keeps what each turn made, and arrays set together lose known lengths", async () => {
    await expectRun("s, t = \"\", \"\"\nfor i in range(4)\n  s, t = t + \"a\" + i.str, s + \"b\"\n  junk = [i, i].map(_ * 2)\nprint(s, t)\n", "ba1ba3 a0ba2b\n");
    await expectRun("fn f\n  xs = [1, 2, 3]\n  xs, n = [1], 5\n  t = 0\n  for i in range(3): t += xs[i]\n  t\nprint(f())\n", "! index out of range at t.ideo:5:27");
    await expectRun("fn g\n  xs = [1, 2, 3]\n  t = 0\n  for i in range(xs.len)\n    xs, t = [9], t + xs[i]\n  t\nprint(g())\n", "! index out of range at t.ideo:5:22");
  });
});

describe("ideo fmt", () => {
  it("lays destructuring out with a space after each comma, and its layout is a fixed point", () => {
    const source = "fn main\n  a,b=0,1\n  (c,d)=(a,b)\n  xs=[1,2]\n  xs[0],xs[1]=xs[1],xs[0]\n  print(a,b,c,d,xs)\n";
    const want = "fn main\n  a, b = 0, 1\n  (c, d) = (a, b)\n  xs = [1, 2]\n  xs[0], xs[1] = xs[1], xs[0]\n  print(a, b, c, d, xs)\n";
    expect(format(source)).toEqual({ text: want, diagnostics: [] });
    expect(format(want)).toEqual({ text: want, diagnostics: [] });
  });
});
