// Language behaviour found by writing real programs (MBPP, the feature corpus): each case is a
// program and what it must print, or the fault it must raise.
import { describe, it, expect } from "vitest";
import { runSource } from "./support/run.js";
import { compile, load, IdeoFault } from "../compiler/index.js";

const cases: [string, string, string][] = [
  ["`_` belongs to the nearest argument that takes a function", "fn main\n  ps = [(0.0, 0.0), (3.0, 4.0), (1.0, 1.0)]\n  print(ps.count(dist(_, (0.0, 0.0)) <= 2.0), \"abc\".chars.all(\"xabcx\".contains(_)), [[1, 2], [3]].map(_.map(_ * 2)))", "2 true [[2, 4], [6]]\n"],
  ["membership with inferred types", "fn has(xs: [int], x) = x in xs\nfn main = print(has([1, 2, 3], 2), has([1], 5))", "true false\n"],
  ["a block's name passed as a function", "fn main = print([1, 2, 3].map(square), [4.0, 9.0].map(sqrt))", "[1, 4, 9] [2.0, 3.0]\n"],
  ["a function named like a block leaves the block reachable", "fn sum(a, b) = range(1, a + b).sum\nfn main = print(sum(2, 3))", "10\n"],
  ["a deferred overload is settled by how its result is used", "fn rotate(m) = m.reverse.transpose\nfn main = print(rotate([[1, 2], [3, 4]]))", "[[3, 1], [4, 2]]\n"],
  ["bitwise operators bind as in Python and shift within 64 bits", "fn main\n  x = 12\n  x |= 1\n  print(x & 10, x | 3, x ^ 5, ~x, 1 << 4, -9 >> 1, 1 << 64, -1 >> 70, 1 | 2 ^ 3 & 4 << 1, x & 1 == 1)", "8 15 8 -14 16 -5 0 -1 3 true\n"],
  ["a negative shift is a fault", "fn sh(k: int) = 1 << k\nfn main = print(sh(-1))", "invalid argument at test.ideo:1:17"],
  ["a lambda of two parameters takes a pair apart", "fn main\n  ps = [(1, 2), (3, 4)]\n  print(ps.map((a, b) => a * b), [1, 2].zip([1, 3]).count((a, b) => a == b), ps.maxby((a, b) => b - a), ps.sumby((a, b) => range(a).map(i => i * b).sum))", "[2, 12] 1 (1, 2) 12\n"],
  ["a..b is the ints from a to b inclusive", "fn main\n  t = 0\n  for i in 1..4: t += i\n  print(t, (1..3).map(_ * _), 5 in 1..5, (3..2).len, [x for x in 0..9 - 1 if x % 4 == 0])", "10 [1, 4, 9] true 0 [0, 4, 8]\n"],
  ["a top-level `name = …` with `_` in it defines a function of it", "double = _ * 2\ncubes = _.map(_ ** 3)\nspan = _1.map(_.len).sum + _2\nfar = dist(_, 3)\nfn dist(a, b) = (a - b).abs\ntwice = _.filter(x => _.count(x) == 2)\nxs = [1, 2, 3]\nprint(double(21), cubes(xs), span([\"ab\", \"c\"], 10), far(10), xs.map(double), xs, twice([1, 2, 1]))", "42 [1, 8, 27] 13 7 [2, 4, 6] [1, 2, 3] [1, 1]\n"],
  ["slices take a step as Python's do; a negative one over the whole sequence", "xs = [1, 2, 3, 4, 5, 6]\ns = \"héllo wörld\"\nn = 2\nprint(xs[::2], xs[1::2], xs[::-1], xs[::-n], xs[1:5:2], xs[1:4:], s[::2], s[::-1], s[1::3])", "[1, 3, 5] [2, 4, 6] [6, 5, 4, 3, 2, 1] [6, 4, 2] [2, 4] [2, 3, 4] hlowrd dlröw olléh éoöd\n"],
  ["a negative step over part of a sequence is a fault, not Python's reversed bounds", "fn main\n  xs = [1, 2, 3]\n  print(xs[2:0:-1])", "invalid argument at test.ideo:3:9"],
  ["null: a function that can give it gives T?, ?? supplies a default, == null tests", "fn seen_twice(s: str)\n  seen = \"\"\n  for c in s\n    if c in seen: return c\n    seen += c\n  null\nhalf(n) = if n % 2 == 0: n // 2 else null\nprint(seen_twice(\"abcb\"), seen_twice(\"abc\"), half(4), half(3) ?? -1, half(3) == null, half(2) == half(2), [half(2), half(3)], [seen_twice(\"aa\"), null])", "b null 2 -1 true true [1, null] [\"a\", null]\n"],
  ["`_` names a loop variable the loop does not read; in a block argument `_` is still the placeholder", "fn main\n  c = 0\n  for _ in range(3): c += 2\n  for _, b in [(1, 2), (3, 4)]: c += b\n  for _ in [1]: print([5, 6].map(_ * 10))\n  print(c, [0 for _ in 1..3], [b for _, b in [(1, 2)]])", "[50, 60]\n12 [0, 0, 0] [2]\n"],
  ["comprehensions take pairs apart; literals mixing null and values are optional", "ps = [(1, 2), (3, 4)]\nprint([a * b for a, b in ps if a > 1], {b: a for a, b in ps}, [1, null, 3], {\"a\": null, \"b\": 2}, [null, \"x\"][1] ?? \"-\")", "[12] {2: 1, 4: 3} [1, null, 3] {\"a\": null, \"b\": 2} x\n"],
  ["a variable or element holding T? takes plain values too", "fn last_even(xs: [int])\n  best = null\n  for x in xs\n    if x % 2 == 0: best = x\n  best\nys = [null, 2]\nys[0] = 7\norzero = _ ?? 0\nprint(last_even([1, 2, 4, 5]), last_even([1]), ys, (last_even([3]) ?? 0) + 1, orzero(5), orzero(null))", "4 null [7, 2] 1 5 0\n"],
  ["a one-line function needs no `fn`", "sq(x) = x * x\nhyp(a: float, b: float) -> float = sqrt(sq(a) + sq(b))\nprint(sq(3), hyp(3.0, 4.0), sq(2) == 4)", "9.0 5.0 true\n"],
  ["_1, _2 are the parameters of a placeholder lambda of two", "fn main = print([5, 6].zipwith([1, 2], _1 - _2), [1, 2, 3].fold(0, _1 + _2 * _2), [(2, 3)].map(_1 * _2), [[1, 2, 3]].map(_.fold(1, _1 * _2)))", "[4, 4] 14 [6] [6]\n"],
  ["maps: literals, lookup, update, membership, insertion order, equality", "fn main\n  m = {\"b\": 1, \"a\": 2}\n  m[\"c\"] = 3\n  m[\"b\"] += 10\n  n = {}\n  for w in \"x y x\".words: n[w] = n.get(w, 0) + 1\n  print(m, m[\"a\"], \"c\" in m, \"z\" not in m, m.keys, m.values.sum, m.len, n, n == {\"y\": 1, \"x\": 2}, [(1, 2), (1, 3)].dict)", "{\"b\": 11, \"a\": 2, \"c\": 3} 2 true true [\"b\", \"a\", \"c\"] 16 3 {\"x\": 2, \"y\": 1} true {1: 3}\n"],
  ["`in` looks a key up in any map-valued expression", "fn main = print(\"x\" in [\"a\", \"x\"].counts.dict, 3 not in [(1, 2)].dict, [\"a\", \"q\"].filter(_ in \"abc\"))", "true true [\"a\"]\n"],
  ["tuples sort field by field, and a tuple key sorts by each key in turn", "fn main\n  ps = [(2, \"b\"), (1, \"z\"), (2, \"a\"), (1, \"c\")]\n  print(ps.sort, ps.sortby(p => (p.1.len, -p.0)), ps.sortby((n, s) => (s, n)), [\"bb\", \"a\", \"ab\"].sortby(w => (w.len, w)))", "[(1, \"c\"), (1, \"z\"), (2, \"a\"), (2, \"b\")] [(2, \"b\"), (2, \"a\"), (1, \"z\"), (1, \"c\")] [(2, \"a\"), (2, \"b\"), (1, \"c\"), (1, \"z\")] [\"a\", \"ab\", \"bb\"]\n"],
  ["map comprehensions", "fn main = print({w: w.len for w in \"a bb ccc\".words}, {i: i * i for i in 1..4 if i % 2 == 0})", "{\"a\": 1, \"bb\": 2, \"ccc\": 3} {2: 4, 4: 16}\n"],
  ["a missing map key is a fault", "fn main\n  m = {1: 2}\n  print(m[5])", "key not found at test.ideo:3:9"],
  ["a map grows past many entries and keeps its loop's memory", "fn main\n  m = {}\n  for i in range(5000): m[i * 7919 % 10007] = i\n  t = 0\n  for k, v in m: t += k - v\n  print(m.len, m[7919 * 4999 % 10007], t)", "5000 4999 12533578\n"],
  ["a function may end in a `while true` it leaves only by `return`; a `break` of an inner loop does not leave it", "f(n)\n  i = 0\n  while true\n    i += 1\n    for k in range(3)\n      if k == 1: break\n    if i * i > n: return i\ng(n)\n  if n > 0\n    while true\n      n -= 1\n      if n < 3: return n\n  else: return 7\nprint(f(10), f(0), g(10), g(-1))", "4 1 2 7\n"],
  ["`elif` is `else if`, in statement and expression form", "fn grade(n)\n  if n >= 90: \"A\"\n  elif n >= 80: \"B\"\n  else if n >= 70\n    \"C\"\n  else: \"F\"\nsign(x) = if x > 0: 1 elif x < 0: -1 else 0\nprint(grade(95), grade(85), grade(72), grade(10), sign(-5), sign(0), sign(3))", "A B C F -1 0 1\n"],
  ["a function named like a block: `x.name` in its own body is the block, `name(…)` recursion; elsewhere the function", "unique(l) = l.unique.sort\nfib(n) = if n < 2: n else fib(n - 1) + fib(n - 2)\ndigits(n) = if n < 10: [n] else digits(n // 10) + [n % 10]\nsum(a, b) = a + b\ntotal(xs) = xs.sum\ncount(xs) = xs.filter(_ > 0).len\nprint(unique([3, 1, 3, 2]), fib(10), digits(1234), sum(2, 3), total([1, 2]), count([1, -1, 2]), [[1], [2, 3]].map(count))", "[1, 2, 3] 55 [1, 2, 3, 4] 5 3 2 [1, 2]\n"],
  ["nested tuple fields read as fields, not as a number", "p = ((1, (2, 3.5)), 4)\nprint(p.0.1.1, p.0.1, p.1, 1.5.floor)", "3.5 (2, 3.5) 4 1.0\n"],
  ["_1, _2 inside a map literal number the lambda's parameters", "print([1, 2, 3].reduce({\"a\": _1 + _2}[\"a\"]))", "6\n"],
  ["comprehensions, chained comparisons, not in", "fn main = print([x * x for x in range(6) if 1 < x < 5], 3 not in [1, 2])", "[4, 9, 16] true\n"],
  ["each link of a chained comparison is typed on its own: an int beside an int, then beside a float", "f(a) = a != 0 != 1e308\nprint(f(1), f(0), 2 < 3.5 < 4, 1 != 1 != 1.0)", "true false true false\n"],
  ["an escape the language does not know keeps its backslash, as in Python, so regexes read as written", "print(findall(\"a1 b22\", \"\\d+\"), \"\\d\\.\".len, \"\\d\" == \"\\\\d\", \"a\\tb\\x41\\u{e9}\\q\")", "[\"1\", \"22\"] 4 true a\tbAé\\q\n"],
  ["a comprehension walks a string's characters as a for loop does", "f(s: str) = [c for c in s if c != \"b\"]\nvowels(s) = [c for c in s if c in \"aeiou\"]\nprint([c.upper for c in \"ab\"], {c: 1 for c in \"ab\"}, f(\"abc\"), vowels(\"audio\"), [x * 2 for x in [1, 2]])", "[\"A\", \"B\"] {\"a\": 1, \"b\": 1} [\"a\", \"c\"] [\"a\", \"u\", \"i\", \"o\"] [2, 4]\n"],
];

describe("language", () => {
  for (const [name, src, out] of cases) {
    it(name, async () => {
      const r = await runSource(src);
      expect(r.diagnostics ?? r.error ?? r.out).toBe(out);
    });
  }

  it("deep recursion is a stack-overflow fault, not an engine error", async () => {
    const ideo = await load("fn down(n: int) = if n == 0: 0 else down(n - 1) + 1");
    expect(ideo.down(100)).toBe(100);
    expect(() => ideo.down(10_000_000)).toThrow(IdeoFault);
    expect(() => ideo.down(10_000_000)).toThrow(/stack overflow/);
    // the recursive call site
    expect(() => ideo.down(10_000_000)).toThrow(/near 1:37$/);
  });

  it("a comprehension over a parameter nothing else types takes a string or an array from JS", async () => {
    const ideo = await load('vowels(s) = [c for c in s if c in "aeiou"]\nshout(s) = [c.upper for c in s]');
    expect([ideo.vowels("audio"), ideo.vowels(["a", "x"]), ideo.shout("ab"), ideo.shout(["cd"])]).toEqual([["a", "u", "i", "o"], ["a"], ["A", "B"], ["CD"]]);
  });

  it("a string-or-array parameter is a guess `ideo build` warns about, and JS may pass either", async () => {
    expect((await compile('fn has(text) = text.contains("ab")')).diagnostics).toEqual([]);
    const r = await compile('fn has(text) = text.contains("ab")', { guesses: true });
    expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([expect.stringMatching(/^W0002 'contains' here could take \[T\] or str/)]);
    const ideo = await load('fn has(text) = text.contains("ab")');
    expect([ideo.has("xaby"), ideo.has(["ab"]), ideo.has(["a", "b"])]).toEqual([true, true, false]);
  });
});

describe("names models reach for", () => {
  const expected: Record<string, string> = {
    dedupe: "unique", distinct: "unique", length: "len", size: "len", lstrip: "ltrim", argsort: "order",
    Counter: "counts", sorted: "sort", reversed: "reverse", cumsum: "prefix", includes: "contains",
    startswith: "starts", toUpperCase: "upper", sortBy: "sortby", is_prime: "prime", every: "all", some: "any",
    flat: "flatten", indexOf: "index", average: "mean",
  };
  it("resolve to the block they mean", async () => {
    const { loadRegistry } = await import("../compiler/blocks/registry.js");
    const r = await loadRegistry();
    for (const [alias, block] of Object.entries(expected)) expect(r.get(alias)?.name, alias).toBe(block);
  });
  it("work in programs", async () => {
    const r = await runSource('fn main = print([3, 1, 3].dedupe.sorted, "ab".length, [1, 2].some(_ > 1), [[1], [2]].flat, "  x".lstrip)');
    expect(r.diagnostics ?? r.error ?? r.out).toBe("[1, 3] 2 true [1, 2] x\n");
  });
  it("an unknown name names the block it is closest to", async () => {
    const r = await runSource("fn main = print([1, 2].lenght)");
    expect(r.diagnostics).toContain("did you mean 'length'");
  });
});
