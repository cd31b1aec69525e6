// Records (docs/language.md, "Records"): `type Body = (x: float, …)`, made by name or by position,
// fields read and written in place, shared like arrays, kept when made in a loop, compared field by
// field, printed with their names; the type a field's name gives an untyped parameter; every
// diagnostic with its code and span; JS objects both ways (with fast-check); --dts; `ideo fmt`.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { compile, load } from "../compiler/index.js";
import { expectRun } from "./support/run.js";
import { lex } from "../compiler/syntax/lexer.js";
import { parse } from "../compiler/syntax/parser.js";
import { format } from "../compiler/format/format.js";
import { declarations } from "../compiler/host/declarations.js";
import { parseType, show } from "../compiler/types.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";

/** The errors of a program: code, line:col to endLine:endCol, message. */
async function errors(source: string): Promise<string[]> {
  const r = await compile(source, { file: "t.ideo" });
  return r.json().filter((d) => d.severity === "error").map((d) => `${d.code} ${d.line}:${d.col}-${d.endLine}:${d.endCol} ${d.message}`);
}

const BODY = "type Body = (x: float, y: float, vx: float, vy: float, m: float)\n";

describe("syntax", () => {
  it("parses a declaration, named and positional construction, and keeps `type(x)` a block call", () => {
    const { program, diagnostics } = parse(lex("type P = (x: int, tags: [str], at: Q?)\np = P(x: 1, tags: [], at: null)\nprint(type(1))\n").tokens);
    expect(diagnostics).toEqual([]);
    expect(program.records?.map((r) => [r.name, r.fields.map((f) => f.name)])).toEqual([["P", ["x", "tags", "at"]]]);
    const stmts = program.fns[0].body.stmts;
    const made = stmts[0].kind === "assign" ? stmts[0].value : undefined;
    expect(made?.kind === "call" && made.labels?.map((l) => l?.name)).toEqual(["x", "tags", "at"]);
    const print = stmts[1].kind === "expr" ? stmts[1].expr : undefined;
    expect(print?.kind === "call" && print.args[0].kind === "call" && print.args[0].callee).toBe("type");
  });

  it("gives each malformed form a parse error, never an internal one", async () => {
    for (const src of ["type A =\n", "type A = (x)\n", "type A = ()\n", "type A = (x: int)\nprint(A(x: ))\n", "type A = (x: int)\np = A(1)\nprint(p.)\n", "type A = (x: int\n", "type A = (x: int,)\n"]) {
      const codes = (await errors(src)).map((e) => e.slice(0, 5));
      expect(codes.length, src).toBeGreaterThan(0);
      expect(codes, src).not.toContain("E9000");
    }
    // `type` alone is still the block, missing its argument
    expect((await errors("print(type)\n"))[0]).toMatch(/^E0202/);
  });

  it("formats declarations and named arguments canonically, and the result runs the same", async () => {
    const r = format("type  Body=(x:float,m :float)\nb=Body( m:2.0,x:1.0 )\nb.x+=b.m\nprint(b)\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe("type Body = (x: float, m: float)\nb = Body(m: 2.0, x: 1.0)\nb.x += b.m\nprint(b)\n");
    await expectRun(r.text!, "Body(x: 3.0, m: 2.0)\n");
  });
});

describe("running", () => {
  it("runs the example of docs/language.md's Records section as its comment says", async () => {
    const doc = readFileSync(join(ROOT, "docs", "language.md"), "utf8");
    const section = doc.slice(doc.indexOf("## Records"));
    const program = /```\n([\s\S]*?)```/.exec(section)![1];
    const said = /# (\S.*)$/m.exec(program.split("\n").find((l) => l.startsWith("print("))!)![1];
    await expectRun(program, `${said}\n`);
  });

  it("makes records by name in any order and by position, reads fields and prints them", async () => {
    await expectRun(`${BODY}sun = Body(m: 39.5, x: 0.0, y: 0.0, vx: 0.0, vy: 0.0)\nb = Body(1.0, 2.5, 0.0, -1.0, 2)\nprint(sun.m, sun)\nprint(b.y + b.vy, b)\n`,
      "39.5 Body(x: 0.0, y: 0.0, vx: 0.0, vy: 0.0, m: 39.5)\n1.5 Body(x: 1.0, y: 2.5, vx: 0.0, vy: -1.0, m: 2.0)\n");
  });

  it("writes fields in place with = and every compound operator, through an index too", async () => {
    await expectRun(`type C = (n: int, f: float, s: str)
c = C(n: 6, f: 1.5, s: "a")
c.n += 4
c.n -= 1
c.n *= 3
c.n //= 2
c.n %= 7
c.n <<= 3
c.n >>= 1
c.n |= 1
c.n &= 13
c.n ^= 2
c.f /= 2
c.f = c.f * 4
c.s += "b"
cs = [c, C(0, 0.0, "")]
cs[1].n -= 5
cs[1].s = "z"
print(c, cs[1])
`, `C(n: 11, f: 3.0, s: "ab") C(n: -5, f: 0.0, s: "z")\n`);
  });

  it("shares a record between every name for it, as arrays are shared", async () => {
    await expectRun(`${BODY}step(bs: [Body], dt)
  for b in bs
    b.x += b.vx * dt
    b.y += b.vy * dt
a = Body(0.0, 0.0, 1.0, 2.0, 1.0)
bs = [a, a]
step(bs, 0.5)
alias = bs[1]
alias.m = 9.0
print(a.x, a.y, a.m, bs[0] == a)
`, "1.0 2.0 9.0 true\n");
  });

  it("keeps records made in a loop and stored outside it, nested records and arrays in them too", async () => {
    await expectRun(`type P = (x: int, y: int)
type S = (name: str, at: P, trail: [P])
kept = []
best = S("none", P(0, 0), [])
for i in range(1, 2000)
  p = P(i, i * i)
  s = S("s" + i.str, p, [p, P(-i, 0)])
  if i % 500 == 0: kept += [s]
  if i == 1999: best = s
  junk = [i, i, i].map(_ * 2)
big = []
for i in range(3)
  big = big.append(P(i, 0))
m = {"a": P(1, 1)}
for i in range(3): m["a"] = P(i, i)
holder = S("h", P(0, 0), [])
for i in range(3): holder.at = P(i, 7)
print(kept.map(_.name), kept[2].trail[1], best.at, big, m, holder.at)
`, `["s500", "s1000", "s1500"] P(x: -1500, y: 0) P(x: 1999, y: 3996001) [P(x: 0, y: 0), P(x: 1, y: 0), P(x: 2, y: 0)] {"a": P(x: 2, y: 2)} P(x: 2, y: 7)\n`);
  });

  it("compares field by field with == and !=, nested records and arrays included", async () => {
    await expectRun(`type P = (x: int, tags: [str])
type Q = (p: P, w: float)
a = Q(P(1, ["a"]), 0.5)
b = Q(P(1, ["a"]), 0.5)
c = Q(P(1, ["b"]), 0.5)
print(a == b, a != b, a == c, [a] == [b], P(1, []) != P(2, []))
`, "true false false true true\n");
  });

  it("holds records in optionals, maps, tuples and lambdas, and field types of each kind", async () => {
    await expectRun(`type R = (i: int, f: float, b: bool, s: str, xs: [int], m: {str: int}, o: int?, t: (int, str))
r = R(1, 2.0, true, "s", [1, 2], {"k": 3}, null, (4, "t"))
r.o = 5
r.m["z"] = 6
r.xs[0] = 9
print(r)
best = null
for v in [R(2, 0.0, false, "", [], {}, 1, (0, ""))]
  best = v
print((best ?? r).i, [r].map(_.i + 1), [r].filter(x => x.b).len, {"k": r}["k"].s)
`, `R(i: 1, f: 2.0, b: true, s: "s", xs: [9, 2], m: {"k": 3, "z": 6}, o: 5, t: (4, "t")) \n2 [2] 1 s\n`.replace(" \n", "\n"));
  });
});

describe("writes through shared names (fast-check)", () => {
  // a record of int fields, written through itself, an alias and an array of it, against a JS model
  const OPS = ["+=", "-=", "*=", "^=", "|=", "&=", "="] as const;
  const wrap = (v: bigint) => BigInt.asIntN(64, v);
  const apply = (op: (typeof OPS)[number], a: bigint, c: bigint) =>
    op === "+=" ? wrap(a + c) : op === "-=" ? wrap(a - c) : op === "*=" ? wrap(a * c) : op === "^=" ? a ^ c : op === "|=" ? a | c : op === "&=" ? a & c : c;
  const program = fc.record({
    fields: fc.integer({ min: 1, max: 4 }),
    start: fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { minLength: 4, maxLength: 4 }),
    writes: fc.array(fc.record({ via: fc.constantFrom("r", "s", "xs[0]", "xs[1]"), field: fc.nat(3), op: fc.constantFrom(...OPS), value: fc.bigInt({ min: -1000n, max: 1000n }) }), { maxLength: 12 }),
  });

  it("every name sees every write, and the record prints as the model says", async () => {
    await fc.assert(fc.asyncProperty(program, async ({ fields, start, writes }) => {
      const names = ["a", "b", "c", "d"].slice(0, fields);
      const model = start.slice(0, fields);
      const lines = [`type R = (${names.map((n) => `${n}: int`).join(", ")})`, `r = R(${model.join(", ")})`, "s = r", "xs = [r, s]"];
      for (const w of writes) {
        const k = w.field % fields;
        lines.push(`${w.via}.${names[k]} ${w.op} ${w.value < 0n ? `(${w.value})` : w.value}`);
        model[k] = apply(w.op, model[k], w.value);
      }
      lines.push("print(r, s == xs[1])");
      const shown = `R(${names.map((n, k) => `${n}: ${model[k]}`).join(", ")}) true\n`;
      let out = "";
      const ex = await load(lines.join("\n") + "\n", { write: (t) => { out += t; } });
      ex.main();
      expect(out, lines.join("\n")).toBe(shown);
    }), { numRuns: 40 });
  });
});

describe("typing", () => {
  it("gives an untyped parameter the record type its field names when exactly one record has it", async () => {
    const r = await compile(`${BODY}type Tag = (name: str)\nspeed(b) = b.vx * b.vx + b.vy * b.vy\nnamed(t) = t.name.upper\n`, { file: "t.ideo" });
    expect(r.json().filter((d) => d.severity === "error")).toEqual([]);
    expect(r.signatures?.exports.speed.params[0]).toMatch(/^Body\(x: float/);
    expect(r.signatures?.exports.named.params[0]).toBe("Tag(name: str)");
    await expectRun(`type P = (x: int, y: int)\nps = [P(1, 2), P(3, 4)]\nprint(ps.map(_.x * 10).sum, ps.map(p => p.y))\n`, "40 [2, 4]\n");
  });

  it("asks for an annotation where two records have the field, and the annotation settles it", async () => {
    const two = "type A = (x: int)\ntype B = (x: int, y: int)\n";
    expect(await errors(`${two}f(p) = p.x\n`)).toEqual(["E0302 3:8-3:9 which record is this? 'A' and 'B' both have the field 'x'"]);
    expect(await errors(`${two}f(p: B) = p.x\nprint(f(B(1, 2)))\n`)).toEqual([]);
  });

  it("is nominal: two records of the same fields are different types, and neither is a tuple", async () => {
    expect(await errors("type A = (x: int)\ntype B = (x: int)\nf(a: A) = a.x\nprint(f(B(1)))\n")).toEqual(["E0300 4:9-4:13 type mismatch in argument 1 of 'f': expected A, found B"]);
    expect((await errors("type P = (x: int, y: int)\nq: (int, int) = P(1, 2)\n")).length).toBeGreaterThan(0);
    expect(await errors("type P = (x: int, y: int)\np = P(1, 2)\nprint(p.0)\n")).toEqual(["E0304 3:7-3:10 a record's fields are read by name: P has .x, .y"]);
  });

  it("lets a block of the same name win where the value is no record, and a field win on a record", async () => {
    await expectRun(`type W = (len: int, sum: int)\nw = W(7, 8)\nprint(w.len, w.sum, [1, 2].len, [1, 2].sum)\n`, "7 8 2 3\n");
  });
});

describe("diagnostics", () => {
  const cases: [string, string[]][] = [
    ["type A = (x: int)\nprint(Ab(x: 1))\n", ["E0600 2:7-2:9 unknown record type 'Ab'"]],
    ["type A = (x: int)\nf(p: Ab) = 1\n", ["E0600 2:6-2:8 unknown record type 'Ab'"]],
    ["type A = (x: int, y: int)\np = A(1, 2)\nprint(p.z)\n", ["E0601 3:9-3:10 'A' has no field 'z' — did you mean 'x'?"]],
    ["type A = (xx: int)\np = A(1)\np.xy = 2\n", ["E0601 3:3-3:5 'A' has no field 'xy' — did you mean 'xx'?"]],
    ["type A = (x: int, y: int)\nprint(A(x: 1, zz: 2))\n", ["E0602 2:7-2:21 'A' is made without the field 'y'", "E0601 2:15-2:17 'A' has no field 'zz'"]],
    ["type A = (x: int, y: int)\nprint(A(x: 1))\n", ["E0602 2:7-2:14 'A' is made without the field 'y'"]],
    ["type A = (x: int, y: int)\nprint(A(1, 2, 3))\n", ["E0602 2:15-2:16 'A' has 2 fields (x, y), given 3 values"]],
    ["type A = (x: int, y: int)\nprint(A(1))\n", ["E0602 2:7-2:11 'A' has 2 fields (x, y), given 1 value"]],
    ["type A = (x: int, y: int)\nprint(A(1, y: 2))\n", ["E0602 2:7-2:17 name every field of 'A' or none"]],
    ["print(max(x: 1))\n", ["E0602 1:11-1:12 named arguments (`x: …`) make a record; 'max' takes its arguments in order", "E0300 1:14-1:15 'max' expects xs: [T] where T is int or float or str or byte, found number"]],
    ["type A = (x: int)\nprint(A(x: 1, x: 2))\n", ["E0603 2:15-2:16 the field 'x' is given twice"]],
    ["type A = (x: int, x: str)\nprint(1)\n", ["E0603 1:19-1:25 the field 'x' is declared twice in 'A'"]],
    ["type A = (x: int)\nprint(A(x: \"s\"))\n", ["E0300 2:12-2:15 type mismatch in the field 'x' of 'A': expected int, found str"]],
    ["type A = (x: int)\np = A(1)\np.x = 2.5\n", ["E0300 3:7-3:10 type mismatch in the field 'x': expected int, found float"]],
    ["type A = (x: int)\ntype A = (y: int)\nprint(1)\n", ["E0604 2:6-2:7 the record type 'A' is declared twice"]],
    ["type A = (x: int)\nA(n) = n\nprint(1)\n", ["E0604 1:6-1:7 the record type 'A' has the name of a function"]],
    ["type a = (x: int)\nprint(1)\n", ["E0604 1:6-1:7 a record type's name starts with a capital letter: 'a'"]],
    ["type N = (v: int, next: N?)\nprint(1)\n", ["E0605 1:6-1:7 the record type 'N' holds itself"]],
    ["type A = (b: [B])\ntype B = (a: A)\nprint(1)\n", ["E0605 1:6-1:7 the record type 'A' holds itself (through 'B')"]],
    ["type A = (x: int)\nb = null\nfor i in range(3): b = A(i)\nprint(b.x)\n", ["E0300 4:7-4:8 .x reads a field of A, and this A? may be null"]],
    ["type A = (x: int)\np = A(1)\np.0 = 2\n", ["E0101 3:1-3:4 only a name, an element `xs[i]` or a record's field `r.x` can be assigned to"]],
  ];
  for (const [src, want] of cases) {
    it(`${want[0].slice(0, 5)}: ${src.split("\n").slice(-2)[0]}`, async () => { expect(await errors(src)).toEqual(want); });
  }

  it("suggests the near field as a fix", async () => {
    const r = await compile("type A = (mass: int)\np = A(1)\nprint(p.mas)\n", { file: "t.ideo" });
    expect(r.diagnostics[0].fix?.replacement).toBe("mass");
  });
});

describe("JS boundary", () => {
  const SRC = `type V = (x: float, n: int, name: str, tags: [str], at: W?)
type W = (ok: bool)
move(v: V, d) = V(v.x + d, v.n + 1, v.name, v.tags + ["moved"], v.at)
same(v: V) = v
heavy(vs: [V]) = vs.filter(_.n > 1)
`;

  it("takes and gives plain objects with the field names, records inside records too", async () => {
    const ex = await load(SRC);
    expect(ex.move({ x: 1, n: 3, name: "a", tags: [], at: { ok: true } }, 0.5)).toEqual({ x: 1.5, n: 4, name: "a", tags: ["moved"], at: { ok: true } });
    expect(ex.heavy([{ x: 0, n: 1, name: "", tags: [], at: null }, { x: 0, n: 2, name: "b", tags: ["t"], at: undefined }])).toEqual([{ x: 0, n: 2, name: "b", tags: ["t"], at: undefined }]);
  });

  it("refuses wrong-shaped objects with a TypeError that names the field", async () => {
    const ex = await load(SRC);
    const v = { x: 1, n: 3, name: "a", tags: [], at: null };
    expect(() => ex.same({ ...v, tags: undefined })).toThrow(/argument 1: field 'tags': expected an array/);
    const { tags: _, ...noTags } = v;
    expect(() => ex.same(noTags)).toThrow(/V needs the field 'tags'/);
    expect(() => ex.same({ ...v, z: 1 })).toThrow(/V has no field 'z'/);
    expect(() => ex.same([1, 3, "a", [], null])).toThrow(/expected an object \{x, n, name, tags, at\} for V/);
    expect(() => ex.same({ ...v, n: 1.5 })).toThrow(/field 'n': expected an integer/);
    expect(() => ex.same({ ...v, at: { ok: 1 } })).toThrow(/field 'at': field 'ok': expected a boolean/);
  });

  it("gives back what it is given, for any record of these fields (fast-check)", async () => {
    const ex = await load(SRC);
    const v = fc.record({
      x: fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
      n: fc.maxSafeInteger(),
      name: fc.string({ maxLength: 20 }),
      tags: fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }),
      at: fc.option(fc.record({ ok: fc.boolean() }), { nil: undefined }),
    });
    fc.assert(fc.property(v, (r) => { expect(ex.same(r)).toEqual(r); }), { numRuns: 200 });
  });

  it("declares an interface per record in --dts, and spells records out in signatures", async () => {
    const r = await compile(SRC, { file: "t.ideo" });
    const sig = r.signatures!.exports.move;
    expect(sig.params[0]).toBe("V(x: float, n: int, name: str, tags: [str], at: W(ok: bool)?)");
    expect(show(parseType(sig.params[0])!)).toBe(sig.params[0]);
    const dts = declarations({ signatures: r.signatures!.exports, host: r.signatures!.host }, "t.ideo");
    expect(dts).toContain("export interface V {\n  x: number;\n  n: Int;\n  name: string;\n  tags: string[];\n  at: W | undefined;\n}");
    expect(dts).toContain("export interface W {\n  ok: boolean;\n}");
    expect(dts).toContain("move(v: V, d: number): V;");
    expect(dts).toContain("heavy(vs: readonly V[]): V[];");
  });
});
