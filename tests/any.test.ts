// Mixed values (`any`, docs/language.md "Mixed values"): JSON crossing the JS boundary both ways,
// property-tested; the language's forms on anys; their faults; what inference gives.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { compile, load } from "../compiler/index.js";
import { runSource } from "./support/run.js";
import { anyEq, crossed, showAny } from "../blocks/dynamic/_any.js";
import type { Value } from "../blocks/block.js";

/** What JSON comes back as: the same value, except that an integer beyond JS's safe range is a
 *  BigInt (it crossed as an int), and -0 is 0 (an integer number crosses as an int). */
function back(v: unknown): unknown {
  if (typeof v === "number") return Number.isInteger(v) && Math.abs(v) < 2 ** 63 && !Number.isSafeInteger(v) ? BigInt(v) : Object.is(v, -0) ? 0 : v;
  if (Array.isArray(v)) return v.map(back);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, back(x)]));
  return v;
}

/** JSON as the oracles of blocks/dynamic see an any: ints as bigint, objects as Maps. */
function oracleView(v: unknown): Value {
  if (Array.isArray(v)) return v.map(oracleView);
  if (v && typeof v === "object") return new Map(Object.entries(v).map(([k, x]) => [k, oracleView(x)]));
  return crossed(v as Value);
}

const json = fc.jsonValue({ maxDepth: 3, stringUnit: "grapheme" });

describe("any at the JS boundary", () => {
  it("any JSON value comes back as it went in, alone, in lists and in dicts", async () => {
    const ideo = await load(`
id(x: any) = x
ids(xs: [any]) = xs
dict(m: {str: any}) = m
pair(a: any, b: any) = [a, b, {"first": a}]
`);
    fc.assert(fc.property(json, json, (a, b) => {
      expect(ideo.id(a)).toEqual(back(a));
      expect(ideo.ids([a, b])).toEqual(back([a, b]));
      expect(ideo.dict({ a, b })).toEqual(back({ a, b }));
      expect(ideo.pair(a, b)).toEqual(back([a, b, { first: a }]));
    }), { numRuns: 200 });
  });

  it("undefined is null, a Map with string keys is a dict, and what JSON cannot hold is a TypeError", async () => {
    const ideo = await load("id(x: any) = x\nkind(x: any) = x.type");
    expect([ideo.id(undefined), ideo.id(null), ideo.kind(undefined)]).toEqual([null, null, "null"]);
    expect(ideo.id(new Map([["k", [1, 2.5]]]))).toEqual({ k: [1, 2.5] });
    expect([ideo.kind(2), ideo.kind(2.0), ideo.kind(2.5), ideo.kind(2n ** 62n), ideo.kind(1e300)]).toEqual(["int", "int", "float", "int", "float"]);
    // a bigint past 64 bits is refused, as for an int parameter (it would wrap)
    expect(() => ideo.kind(2n ** 70n)).toThrow(/does not fit in an int/);
    expect(() => ideo.id(() => 1)).toThrow(/argument 1: expected a JSON value/);
    expect(() => ideo.id(new Map([[1, 2]]))).toThrow(/argument 1/);
  });

  it("a generic export beside an any compiles again for what JS passes", async () => {
    const ideo = await load("f(x: any, ys) = [x, ys.len]");
    expect([ideo.f(null, "abc"), ideo.f([1], [1, 2])]).toEqual([[null, 3], [[1], 2]]);
  });

  it("a parameter open as a whole (a string or an array) that reads mixed values takes JS arrays as [any]", async () => {
    // reverse takes a string too, so `t` could be either: the values' types ([int], [str]) do not
    // check against `type`, which reads an any, and `t` as one any is no sequence; [any] is
    const ideo = await load("first_kind(t) = t.reverse[0].type");
    expect([ideo.first_kind([1, 2]), ideo.first_kind(["b", 1]), ideo.first_kind(["x", "a"])]).toEqual(["int", "int", "str"]);
  });

  it("Ideo's ==, str and type on anys agree with the oracles of blocks/dynamic", async () => {
    const ideo = await load("eq(a: any, b: any) = a == b\nshow(x: any) = x.str\nkind(x: any) = x.type\nboth(x: any) = [x, x.str]");
    fc.assert(fc.property(json, json, (a, b) => {
      const [va, vb] = [oracleView(a), oracleView(b)];
      expect(ideo.eq(a, b)).toBe(anyEq(va, vb));
      expect(ideo.eq(a, a)).toBe(true);
      expect(ideo.show(a)).toBe(showAny(va));
      expect(ideo.both(a)).toEqual([back(a), showAny(va)]);
    }), { numRuns: 200 });
  });
});

const cases: [string, string, string][] = [
  ["a literal of mixed kinds is [any], printed as its values print", 'xs = [1, "a", 2.5, [true, null], {"k": 3}]\nprint(xs, xs[1], xs[-2], xs[4]["k"], xs.len)', '[1, "a", 2.5, [true, null], {"k": 3}] a [true, null] 3 5\n'],
  ["the tests and type", 'for x in [null, false, 3, 2.5, "s", [1], {"k": 1}]: print(x.type, x.isnull, x.isbool, x.isint, x.isfloat, x.isnum, x.isstr, x.islist, x.isdict)',
    "null true false false false false false false false\nbool false true false false false false false false\nint false false true false true false false false\nfloat false false false true true false false false\nstr false false false false false true false false\nlist false false false false false false true false\ndict false false false false false false false true\n"],
  ["conversions take the value held out", 'xs = [3, 2.7, "12", true, [1, 2], {"a": 1}, ""]\nprint(xs[0].int + 1, xs[1].int, xs[2].int, xs[3].int, xs[1].float, xs[2].float, xs[4].list.len, xs[5].dict["a"], xs[4].str, xs[6].bool, xs[4].bool)', "4 2 12 1 2.7 12.0 2 1 [1, 2] false true\n"],
  ["if branches and a function's results of two kinds give any", 'fn pick(n)\n  if n > 9: return n\n  if n < 0: return null\n  "small"\nhalf(n) = if n % 2 == 0: n // 2 else "odd"\nprint(pick(12), pick(-1), pick(3), half(4), half(3), [half(2), 7].map(_.isint))', "12 null small 2 odd [true, true]\n"],
  ["plain values lift into any: arguments, results, assignments, elements, == and in", 'f(xs: [any]) = xs.len\ng(x: any) -> any = x\nfn main\n  ys = [1, 2]\n  a = [1, "b"]\n  a[0] = 2.5\n  m = {"a": 1, "b": "x"}\n  m["c"] = [1]\n  print(f(ys), f([(1, "t")]), g({"k": ys}), g(null), a, m, a[0] == 2.5, 2.5 == a[0], 2.5 in a, "b" in a, 3 in a, "c" in g(m), 2 in g([1.0, 2.0]))', '2 1 {"k": [1, 2]} null [2.5, "b"] {"a": 1, "b": "x", "c": [1]} true true true true false true true\n'],
  ["a list of anys takes plain values from +, append, count, index and get", 'fn main\n  xs = [1, "a"]\n  for i in range(2): xs += [i]\n  xs = xs + [2.5]\n  ys = [true] + xs\n  for i in range(2): ys = ys.append(i * 10)\n  m = {"k": [1], "j": "s"}\n  print(xs, ys, ys.count(1), ys.index("a"), ys.index(99), m.get("z", 0), m.get("j", 0))', '[1, "a", 0, 1, 2.5] [true, 1, "a", 0, 1, 2.5, 0, 10] 2 2 -1 0 s\n'],
  ["== compares structurally, numbers by value", 'x = [1, "a"][0]\ny = [[1, 2], {"a": [1]}]\nprint(x == 1.0, x == "1", y[0] == [1.0, 2], y[1] == {"a": [1]}, y[1] == {"a": [2]}, y[0] != y[1])', "true false true true false true\n"],
  ["for walks a list's elements and a dict's keys", 'd = [{"b": 1, "a": [2, 3]}][0]\nfor k in d: print(k, d[k.str])\nfor v in d["a"]: print(v.int * 10)', "b 1\na [2, 3]\n20\n30\n"],
  ["a list of anys grows and keeps its memory across a loop", 'fn main\n  out = [1, "x"]\n  for i in range(3): out += [if i % 2 == 0: i else "odd"]\n  acc = 0\n  for i in range(10000): acc += [i, "s"][0].int\n  print(out, acc)', '[1, "x", 0, "odd", 2] 49995000\n'],
  ["a plain value lifted into an any in a loop keeps its turn's memory", 'fn main\n  best = [1, "a"][0]\n  for i in range(100)\n    best = i * 3\n    junk = [i, i, i].map(_ * 2)\n  print(best)', "297\n"],
  ["recursion over nested lists", 'flat(x) = if x.islist: x.list.map(flat).flatten else [x]\ndepth(x) = if x.islist: 1 + x.list.map(depth).max else 0\nprint(flat([1, [2, [3, "a"]], []]), depth([1, [2, [3]]]))', '[1, 2, 3, "a"] 3\n'],
  ["an any of the wrong kind faults where it is used", 'x = [1, ["a"]][1]\nprint(x.len)\nprint(x.int)', "1\nwrong kind of value in an any at test.ideo:3:7"],
  ["a str held that is no number is the fault int gives", 'print([1, "a"][1].int)', "invalid argument at test.ideo:1:7"],
  ["an index of the wrong kind, out of range, or a missing key faults too", 'xs = [[1], {"k": 2}]\nprint(xs[1]["k"])\nprint(xs[0][3])', "2\nindex out of range at test.ideo:3:7"],
  ["a dict's missing key", 'd = [1, {"k": 2}][1]\nprint(d["z"])', "key not found at test.ideo:2:7"],
  ["a list indexed with a str", 'd = [1, [2]][1]\nprint(d["k"])', "wrong kind of value in an any at test.ideo:2:7"],
];

describe("any in programs", () => {
  for (const [name, src, out] of cases) {
    it(name, async () => {
      const r = await runSource(src);
      expect(r.diagnostics ?? (r.error ? r.out + r.error : r.out)).toBe(out);
    });
  }

  it("inference gives any where kinds meet, and keeps the errors where they do not", async () => {
    const sigs = async (src: string) => {
      const r = await compile(src);
      expect(r.render()).toBe("");
      return JSON.parse(new TextDecoder().decode(WebAssembly.Module.customSections(new WebAssembly.Module(r.wasm! as Uint8Array<ArrayBuffer>), "ideo.sig")[0]));
    };
    const s = await sigs('ints(xs) = xs.count(_.isint)\nbig(n) = if n > 9: n else false\nfn f(n)\n  if n > 0: return [n]\n  "none"\nnums(n) = if n > 0: n else 2.5\nopt(n) = if n > 0: n else null');
    expect([s.ints.params, s.big.result, s.f.result, s.nums.result, s.opt.result]).toEqual([["[any]"], "any", "any", "float", "int?"]);
    // an int variable beside a float is still the error that asks for .float; a function is not JSON
    for (const bad of ["fn main\n  n = \"ab\".len\n  print([n, 2.5])", "fn main = print([1, x => x])"]) {
      expect((await compile(bad)).diagnostics.map((d) => d.code)).toEqual(["E0300"]);
    }
  });

  it("W0004 finds an `any` annotation that inference already gives", async () => {
    const { analyze } = await import("../compiler/frontend.js");
    const a = await analyze("big(n) -> any = if n > 9: n else false\nints(xs: [any]) = xs.count(_.isint)\nkeep(x: any) = [x]", { style: true });
    expect(a.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "W0004 the annotation `any` of the result of 'big' is what inference gives: it can go",
      "W0004 the annotation `[any]` of parameter 'xs' is what inference gives: it can go",
    ]);
  });
});
