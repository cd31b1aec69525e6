// The byte type (docs/language.md, "Bytes"): a [byte] takes one byte an element, a byte is an int
// in any expression, an int becomes a byte only through `.byte`, and strings, hashes and JS meet
// bytes where the spec says. Programs run at -O0 (Binaryen untouched) and -O2, and both must agree.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, load } from "../compiler/index.js";
import { cli } from "./support/run.js";

/** Runs main at an optimization level: what it printed, and the fault message if it faulted. */
async function run(source: string, optimize: 0 | 2): Promise<string> {
  const r = await compile(source, { file: "t.ideo", optimize });
  if (!r.wasm) return r.render();
  let out = "";
  const ex = await load(r.wasm, { file: "t.ideo", write: (t) => { out += t; } });
  try { ex.main(); } catch (e) { out += `! ${(e as Error).message}`; }
  return out;
}

async function expectRun(source: string, expected: string): Promise<void> {
  expect(await run(source, 0)).toBe(expected);
  expect(await run(source, 2)).toBe(expected);
}

describe("bytes in expressions", () => {
  it("widen to int: arithmetic and comparisons compute on ints and nothing wraps at 256", async () => {
    await expectRun(`fn main
  b = 200.byte
  c = 100.byte
  print(b, b + c, b * 2, -b, ~b, b << 8, b & 15, b // 3, b / 8, b == 200, b < c, b == c, b != 7)`,
    "200 300 400 -200 -201 51200 8 66 25.0 true false false true\n");
  });

  it("n.byte is n modulo 256, as a Uint8Array store", async () => {
    await expectRun("fn main\n  print(65.byte, 256.byte, 300.byte, (-1).byte, (-256).byte, (2 ** 62).byte, (0 - 2 ** 62 - 1).byte)", "65 0 44 255 0 0 255\n");
  });

  it("a byte goes where an int is wanted: a function's parameter, a block over ints, a sum", async () => {
    await expectRun(`twice(n: int) = n * 2
fn main
  b = 97.byte
  bs = "abc".bytes
  t = 0
  for x in bs: t += x
  print(twice(b), b.str, chr(b), b.float, t, bs.sum, bs.max, bs.map(_ + 1), bs.map((_ + 1).byte))`,
    "194 97 a 97.0 294 294 99 [98, 99, 100] [98, 99, 100]\n");
  });
});

describe("[byte]", () => {
  it("generic array blocks keep bytes: len, indexing, slices, reverse, filter, +, fill, sort, in, tuples, maps", async () => {
    await expectRun(`fn main
  bs = "hello".bytes
  z = fill(3, 0.byte)
  z[1] = bs[0]
  z[2] = (bs[-1] - 1).byte
  m = {"a": bs[1]}
  p = (bs[2], "x")
  print(bs, bs.len, bs[1], bs[1:3], bs[::-1], bs.reverse, bs.filter(_ > 104), z + bs[:1], z, bs.sort, 108.byte in bs, m, p, bs.decode, z.unique.len)`,
    "[104, 101, 108, 108, 111] 5 101 [101, 108] [111, 108, 108, 101, 104] [111, 108, 108, 101, 104] [108, 108, 111] [0, 104, 110, 104] [0, 104, 110] [101, 104, 108, 108, 111] true {\"a\": 101} (108, \"x\") hello 3\n");
  });

  it("a loop writes bytes in place and reads them back as ints", async () => {
    await expectRun(`fn main
  bs = fill(10, 0.byte)
  for i in range(10): bs[i] = (i * 37).byte
  acc = 0
  for b in bs: acc = acc * 3 + b
  print(bs, acc)`,
    "[0, 37, 74, 111, 148, 185, 222, 3, 40, 77] 542681\n");
  });

  it("index faults and bounds stay those of any array", async () => {
    await expectRun("fn main\n  bs = \"ab\".bytes\n  print(bs[2])", "! index out of range at t.ideo:3:9");
  });

  it("takes one byte an element: 10,000,000 bytes grow the memory by about 10 MB", async () => {
    const r = await compile("fn f(n: int)\n  bs = fill(n, 1.byte)\n  bs[n - 1] = 7.byte\n  bs[n - 1] + bs.len");
    const { instantiate } = await import("../compiler/host/instance.js");
    const inst = await instantiate(r.wasm!, {});
    const before = inst.memory.buffer.byteLength;
    expect((inst.exports.f as (n: bigint) => bigint)(10_000_000n)).toBe(10_000_007n);
    const grown = inst.memory.buffer.byteLength - before;
    expect(grown).toBeGreaterThan(9 * 1024 * 1024);
    expect(grown).toBeLessThan(12 * 1024 * 1024);
  });
});

describe("strings and hashes over bytes", () => {
  const HASHES = ["crc32", "adler32", "md5", "sha1", "sha256", "djb2", "fnv", "murmur", "xxhash"];

  it("a string hashes as its bytes, and its bytes decode back to it", async () => {
    const ideo = await load(`fn same(s: str) = [${HASHES.map((h) => `s.${h} == s.bytes.${h}`).join(", ")}, s.bytes.decode == s, s.bytes.len == s.encode.len]`);
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (s) => {
      expect(ideo.same(s)).toEqual(Array(HASHES.length + 2).fill(true));
    }), { numRuns: 200 });
  });

  it("decode of bytes that are not UTF-8 replaces each bad sequence by U+FFFD, as TextDecoder does, and never faults", async () => {
    const ideo = await load("fn dec(bs: [byte]) = bs.decode");
    const td = new TextDecoder("utf-8", { ignoreBOM: true });
    for (const bad of [[0xff], [0x68, 0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98], [0x80, 0x80, 0x61]]) {
      expect(ideo.dec(new Uint8Array(bad))).toBe(td.decode(new Uint8Array(bad)));
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bs) => { expect(ideo.dec(bs)).toBe(td.decode(bs)); }), { numRuns: 300 });
  });

  it("print shows a [byte] as a list of ints, the hashes agree with node's", async () => {
    await expectRun('fn main\n  bs = "hi".bytes\n  print(bs, bs.crc32, bs.sha256 == "hi".sha256, [bs])', "[104, 105] 3633523372 true [[104, 105]]\n");
  });
});

describe("at the JS boundary", () => {
  const SRC = "fn inc(bs: [byte]) = bs.map((_ + 1).byte)\nfn one(b: byte) = b\nfn pairs(ps: [([byte], int)]) = ps.map(_.0.len + _.1)\nfn text(s: str) = s.bytes";

  it("sort, unique, min and max keep bytes: a [byte] in, a [byte] (a Uint8Array) or a byte out", async () => {
    const ideo = await load("f(s) = s.bytes\nordered = _.f.sort\nfirsts = _.f.unique\nends(s) = (s.f.min, s.f.max, s.f.sort.decode)\n");
    expect(ideo.ordered("hello")).toEqual(new Uint8Array([101, 104, 108, 108, 111]));
    expect(ideo.firsts("hello")).toEqual(new Uint8Array([104, 101, 108, 111]));
    expect(ideo.ends("hello")).toEqual([101, 111, "ehllo"]);
  });

  it("a [byte] takes a Uint8Array or a plain array of 0..255 and comes back as a Uint8Array", async () => {
    const ideo = await load(SRC);
    const got = ideo.inc(new Uint8Array([0, 254, 255])) as Uint8Array;
    expect(got).toBeInstanceOf(Uint8Array);
    expect([...got]).toEqual([1, 255, 0]);
    expect([...(ideo.inc([1, 2]) as Uint8Array)]).toEqual([2, 3]);
    expect(ideo.one(200)).toBe(200);
    expect(ideo.pairs([[new Uint8Array(3), 1], [[7], 2]])).toEqual([4, 3]);
    expect(ideo.text("hé")).toEqual(new Uint8Array([104, 195, 169]));
  });

  it("anything else is a TypeError naming the argument and the element", async () => {
    const ideo = await load(SRC);
    expect(() => ideo.inc([1, 256])).toThrow(/inc: argument 1: element 1: expected an integer 0..255 for byte, got 256/);
    expect(() => ideo.inc([1.5])).toThrow(/element 0: expected an integer 0..255/);
    expect(() => ideo.inc([-1])).toThrow(TypeError);
    expect(() => ideo.inc("ab")).toThrow(/expected a Uint8Array or an array for \[byte\]/);
    expect(() => ideo.one(300)).toThrow(/one: argument 1: expected an integer 0..255 for byte, got 300/);
  });

  it("round-trips any bytes, whatever the memory held before", async () => {
    const ideo = await load("fn id(bs: [byte]) = bs\nfn rev(bs: [byte]) = bs.reverse");
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bs) => {
      expect(ideo.id(bs)).toEqual(bs);
      expect(ideo.rev([...bs])).toEqual(new Uint8Array([...bs].reverse()));
    }), { numRuns: 300 });
  });

  it("a generic export given a Uint8Array is compiled for [byte]", async () => {
    const ideo = await load("fn firsts(xs) = xs[:2]");
    expect(ideo.firsts(new Uint8Array([9, 8, 7]))).toEqual(new Uint8Array([9, 8]));
    expect(ideo.firsts([5, 6, 7])).toEqual([5, 6]);
  });

  it("the declarations say Uint8Array, and ideo run --fn takes and prints lists of ints", async () => {
    const { declarations } = await import("../compiler/host/declarations.js");
    const { moduleInfo } = await import("../compiler/host/bind.js");
    const r = await compile(SRC);
    const dts = declarations(moduleInfo(r.wasm!), "b.ideo");
    expect(dts).toMatch(/inc\(\w+: Uint8Array \| readonly number\[\]\): Uint8Array/);
    expect(dts).toMatch(/one\(\w+: number\): number/);
    const dir = mkdtempSync(join(tmpdir(), "ideo-bytes-"));
    writeFileSync(join(dir, "b.ideo"), SRC);
    const out = await cli(["run", join(dir, "b.ideo"), "--fn", "inc", "[0, 255, 7]"]);
    expect(out.stdout).toBe("[1,0,8]\n");
    const bad = await cli(["run", join(dir, "b.ideo"), "--fn", "inc", "[256]"]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/expected an integer 0..255 for byte/);
  });
});

describe("diagnostics", () => {
  it("an int stored into a [byte] is E0300 with the fix .byte; an operator's value gets a hint", async () => {
    const src = "fn f(bs: [byte], v: int)\n  bs[0] = v\n  bs[1] = v + 1\n  bs";
    const r = await compile(src, { file: "t.ideo" });
    const ds = r.diagnostics.filter((d) => d.severity === "error");
    expect(ds.map((d) => [d.code, d.span.start, d.span.end])).toEqual([["E0300", src.indexOf("v\n"), src.indexOf("v\n") + 1], ["E0300", src.indexOf("v + 1"), src.indexOf("v + 1") + 5]]);
    expect(ds[0].fix?.replacement).toBe(".byte");
    expect(ds[0].suggestions?.join(" ")).toContain(".byte");
    expect(ds[1].fix).toBeUndefined();
    expect(ds[1].suggestions?.join(" ")).toContain("(…).byte");
  });

  it("an int literal is not a byte; a byte parameter given an int asks for .byte", async () => {
    const r = await compile("g(b: byte) = b + 1\nfn main\n  bs = fill(2, 0.byte)\n  bs[0] = 7\n  print(g(3))", { file: "t.ideo" });
    const ds = r.diagnostics.filter((d) => d.severity === "error");
    expect(ds.map((d) => d.code)).toEqual(["E0300", "E0300"]);
    expect(ds[0].fix?.replacement).toBe(".byte");
    expect(ds[1].suggestions?.join(" ")).toContain(".byte");
  });

  it("the annotation byte is a type; a misspelt one suggests it", async () => {
    const r = await compile("f(b: byt) = b", { file: "t.ideo" });
    expect(r.diagnostics[0].code).toBe("E0200");
    expect(r.diagnostics[0].suggestions?.join(" ")).toContain("byte");
  });
});
