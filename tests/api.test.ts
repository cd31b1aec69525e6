// The JS API: compile() and load(), and values crossing the boundary in both directions.
import { describe, it, expect } from "vitest";
import { compile, load, IdeoFault, CompileError } from "../compiler/index.js";

describe("JS API", () => {
  it("close([1.0, 2.8, 3.0], 0.3) is true", async () => {
    const ideo = await load("fn close(xs: [float], t: float) = xs.sort.gaps.min < t");
    expect(ideo.close([1.0, 2.8, 3.0], 0.3)).toBe(true);
    expect(ideo.close([1.0, 2.0, 3.0], 0.3)).toBe(false);
  });

  it("a generic export compiles again for the argument types JS passes", async () => {
    const ideo = await load(`
halves(xs, n) = (xs[:n], xs[n:])
rev(xs) = xs.reverse
dedup = _.runs.map(_[0])
scale(xs, k) = xs.map(_ * k)
fixed(xs: [int]) = xs.sum
mid(s) = s[1:-1]
at(xs, i) = xs[i]
size(xs) = if xs.len == 0: 0 else 1 + size(xs[1:])
fn walk(xs)
  n = 0
  for x in xs: n += 1
  n
`, { write: () => {} });
    // elements of kinds that share no type, where the body wants an array: mixed values, an [any]
    const mixed = await load('joined = _.map(_.str).join("-")\n', { write: () => {} });
    expect([mixed.joined(["ID", 3, "is", 4.5, true]), mixed.joined([1, 2])]).toEqual(["ID-3-is-4.5-true", "1-2"]);
    // fields of values nothing else typed: tuples as long as the fields used, read from JS arrays
    const t = await load("prod(ps) = ps.map(p => p.0 * p.1).max\nnames(ps) = ps.map(_.0)\nswap(p) = (p.1, p.0)", { write: () => {} });
    expect([t.prod([[1, 2], [3, 4]]), t.names([["a", 1], ["b", 2]]), t.swap(["x", 2]), t.swap([1.5, 2])]).toEqual([12, ["a", "b"], [2, "x"], [2, 1.5]]);
    // a for loop over a parameter of unknown type waits too: a string, an array or a map
    expect([ideo.walk("héllo"), ideo.walk([1, 2]), ideo.walk({ a: 1 })]).toEqual([5, 2, 1]);
    // a parameter only sliced or indexed may be a string, an array or (indexed) a map
    expect([ideo.mid("(ab)"), ideo.mid([1, 2, 3])]).toEqual(["ab", [2]]);
    expect([ideo.at("xyz", 1), ideo.at([5, 6], -1), ideo.at({ k: 7 }, "k")]).toEqual(["y", 6, 7]);
    expect([ideo.size("abc"), ideo.size([1, 2]), ideo.size([])]).toEqual([3, 2, 0]);
    expect(ideo.halves([1, 2, 3], 1)).toEqual([[1], [2, 3]]);
    expect(ideo.halves(["a", "b", "c"], 2)).toEqual([["a", "b"], ["c"]]);
    expect(ideo.halves([[1], [2, 3]], 1)).toEqual([[[1]], [[2, 3]]]);
    expect(ideo.rev("abc")).toBe("cba");
    expect(ideo.rev([true, false])).toEqual([false, true]);
    expect(ideo.dedup(["a", "a", "b"])).toEqual(["a", "b"]);
    expect(ideo.dedup([])).toEqual([]);
    expect(ideo.scale([1.5, 2], 2)).toEqual([3, 4]);
    expect(ideo.scale([1, 2], 3)).toEqual([3, 6]);
    // what the body cannot do with the type passed is a TypeError naming it, not a wrong answer
    expect(() => ideo.scale(["a"], "b")).toThrow(/scale cannot take \(\[str\], str\)/);
    expect(() => ideo.scale(["a"], 2)).toThrow(/argument 1/); // no one type for 'a: the default's marshalling says why
    expect(() => ideo.rev(true)).toThrow(/rev cannot take \(bool\)/);
    expect(() => ideo.fixed(["a"])).toThrow(/argument 1/);
    // a constant string result lives in data the code never reads: the module keeps its memory for JS
    const constant = await load('g() = "k"\nh() = [1, 2]\nself_element(t) = t + t[0]', { write: () => {} });
    expect([constant.g(), constant.h(), constant.self_element("ab")]).toEqual(["k", [1, 2], "aba"]);
    // a function written for mixed values takes values of one kind too: where the types the values
    // show do not check, its open parameters are compiled as any
    const kindsOf = await load("same_kind(t) = t.list.map(_.type).same\nkinds = _.map(_.type)", { write: () => {} });
    expect([kindsOf.same_kind([5, 6]), kindsOf.same_kind([5, "a"]), kindsOf.kinds([1, 2]), kindsOf.kinds(["a", 2.5])]).toEqual([true, false, ["int", "int"], ["str", "float"]]);
    // compiled bytes alone have only the default compile
    // (which `ideo build` warns of)
    const r = await compile("rev(xs) = xs.reverse", { guesses: true });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["W0002"]);
    const bytesOnly = await load(r.wasm!);
    expect(() => bytesOnly.rev("abc")).toThrow(/argument 1/);
    expect((await load(r.wasm!, { source: "rev(xs) = xs.reverse" })).rev("abc")).toBe("cba");
  });

  it("a generic export compiles for at most 32 argument types", async () => {
    const ideo = await load("rev(xs) = xs.reverse", { write: () => {} });
    const nest = (x: unknown, depth: number): unknown => (depth === 0 ? x : [nest(x, depth - 1)]);
    const kinds = ["a", true, 1.5, 2];
    let compiled = 0;
    for (let depth = 1; depth <= 9; depth++) {
      for (const k of kinds) {
        if (depth === 1 && k === 2) continue; // [int] is the default compile
        if (compiled === 32) { expect(() => ideo.rev(nest(k, depth))).toThrow(/already compiled for 32/); return; }
        expect(ideo.rev(nest(k, depth))).toEqual(nest(k, depth));
        compiled++;
      }
    }
    throw new Error("fewer than 33 argument types tried");
  });

  it("null crosses as undefined (and null or undefined cross in as null)", async () => {
    const ideo = await load(`
half(n: int) = if n % 2 == 0: n // 2 else null
orzero(x: int?) = x ?? 0
firsts(xs: [str?]) = xs.map(_ ?? "-")
`);
    expect([ideo.half(4), ideo.half(3)]).toEqual([2, undefined]);
    expect([ideo.orzero(null), ideo.orzero(undefined), ideo.orzero(7)]).toEqual([0, 0, 7]);
    expect(ideo.firsts(["a", null, "b"])).toEqual(["a", "-", "b"]);
    expect(() => ideo.orzero("x")).toThrow(/argument 1/);
  });

  it("maps cross as objects (or Maps) in and plain objects out", async () => {
    const ideo = await load(`
freq(xs: [str]) = xs.counts.dict
total(m: {str: int}) = m.values.sum
inv(m: {str: int}) -> {int: str}
  out = {}
  for k, v in m: out[v] = k
  out
`);
    expect(ideo.freq(["a", "b", "a"])).toEqual({ a: 2, b: 1 });
    expect(ideo.total({ x: 2, y: 5 })).toBe(7);
    expect(ideo.total(new Map([["q", 4]]))).toBe(4);
    expect(ideo.inv({ a: 1, b: 2 })).toEqual({ 1: "a", 2: "b" });
    expect(() => ideo.total([1])).toThrow(/argument 1: expected an object or a Map/);
    expect(() => ideo.inv({ a: 1.5 })).toThrow(/expected an integer/);
  });

  it("marshals every boundary type", async () => {
    const ideo = await load(`
fn inc(x: int) = x + 1
fn half(x: float) = x / 2.0
fn flip(b: bool) = not b
fn shout(s: str) = s + "!"
fn twice(xs: [int]) = xs.map(_ * 2)
fn floats(xs: [float]) = xs.map(_ + 0.5)
fn names(xs: [str]) = xs.map(_ + "?")
fn nested(m: [[int]]) = m.map(r => r.map(_ + 1))
fn pair(a: int, s: str) = (s, a)
fn swap(p: (int, str)) = (p.1, p.0)
fn pairs(ps: [(str, int)]) = ps.map(p => p.1)
fn bools(xs: [bool]) = xs.map(b => not b)
`);
    expect(ideo.inc(41)).toBe(42);
    expect(ideo.half(3)).toBe(1.5);
    expect(ideo.flip(true)).toBe(false);
    expect(ideo.shout("héllo 👋")).toBe("héllo 👋!");
    expect(ideo.twice([1, 2, 3])).toEqual([2, 4, 6]);
    expect(ideo.twice([])).toEqual([]);
    expect(ideo.floats([1, 2.25])).toEqual([1.5, 2.75]);
    expect(ideo.names(["a", ""])).toEqual(["a?", "?"]);
    expect(ideo.nested([[1], [2, 3], []])).toEqual([[2], [3, 4], []]);
    expect(ideo.pair(7, "x")).toEqual(["x", 7]);
    expect(ideo.swap([1, "a"])).toEqual(["a", 1]);
    expect(ideo.pairs([["a", 1], ["b", 2]])).toEqual([1, 2]);
    expect(ideo.bools([true, false])).toEqual([false, true]);
  });

  it("ints cross as numbers, and as BigInt outside the safe range", async () => {
    const ideo = await load("fn inc(x: int) = x + 1");
    expect(ideo.inc(2 ** 53 - 2)).toBe(2 ** 53 - 1);
    expect(ideo.inc(2n ** 53n)).toBe(2n ** 53n + 1n);
    expect(ideo.inc(9223372036854775807n)).toBe(-9223372036854775808n);
  });

  it("rejects arguments of the wrong type with a TypeError", async () => {
    const ideo = await load("fn inc(x: int) = x + 1\nfn len2(s: str) = s.len");
    expect(() => ideo.inc(1.5)).toThrow(TypeError);
    expect(() => ideo.inc("1")).toThrow(/argument 1/);
    expect(() => ideo.len2(3)).toThrow(TypeError);
    expect(() => ideo.inc()).toThrow(/takes 1 argument/);
  });

  it("a runtime fault is a JS Error naming the fault and line:col", async () => {
    const ideo = await load("fn at(xs: [int], i: int)\n  xs[i]\nfn div(a: int, b: int) = a // b", { file: "f.ideo" });
    expect(ideo.at([1, 2], 1)).toBe(2);
    expect(ideo.at([1, 2], -1)).toBe(2);
    expect(() => ideo.at([1, 2], 2)).toThrow(IdeoFault);
    expect(() => ideo.at([1, 2], 2)).toThrow("index out of range at f.ideo:2:3");
    expect(() => ideo.div(1, 0)).toThrow("division by zero at f.ideo:3:26");
  });

  it("compile() returns diagnostics instead of throwing; load() of bad source throws CompileError", async () => {
    const r = await compile("fn f(xs) = xs.sotr");
    expect(r.wasm).toBeUndefined();
    expect(r.json()[0]).toMatchObject({ code: "E0201", line: 1, col: 15 });
    expect(r.json()[0].message).toContain("did you mean 'sort'");
    await expect(load("fn f(xs) = xs.sotr")).rejects.toBeInstanceOf(CompileError);
  });

  it("memory does not grow across many calls from JS", async () => {
    const ideo = await load("fn total(xs: [int]) = xs.map(_ * 2).sum");
    const big = Array.from({ length: 1000 }, (_, i) => i);
    for (let i = 0; i < 2000; i++) ideo.total(big);
    expect(ideo.total(big)).toBe(999000);
  });
});
