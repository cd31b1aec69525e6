// The lints (compiler/lint) and `ideo fix`: each warning on the shape it names, with the fix it
// carries; the fixed program means what the original meant — every example prints the same, and
// every MBPP solution still passes its tests after `ideo fix`.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../compiler/frontend.js";
import { compile } from "../compiler/index.js";
import { fixAll } from "../cli/fix.js";
import { ROOT } from "../compiler/paths.js";
import { runSource } from "./support/run.js";
import { loadMbppTasks, runMbppTask, MBPP_CORPUS, MBPP_HOW } from "../compiler/mbpp.js";
import { requirePath } from "./support/external.js";

const codes = async (src: string) => (await analyze(src)).diagnostics.map((d) => d.code);
const fixed = async (src: string) => (await fixAll(src)).text;

describe("lints", () => {
  it("W0006: loops that build or fold an array become one block call", async () => {
    const cases: [string, string][] = [
      ["fn f(xs)\n  out = []\n  for x in xs\n    out += [x * 2]\n  out\n", "f = _.map(_ * 2)\n"],
      ["fn f(xs)\n  out = []\n  for x in xs\n    if x % 2 == 0: out = out + [x]\n  out\n", "f = _.filter(_.even)\n"],
      ["fn f(xs)\n  out = []\n  for x in xs\n    if x > 0: out = out.append(x * x)\n  out\n", "f = [x * x for x in _ if x > 0]\n"],
      ["fn f(xs)\n  t = 0\n  for x in xs: t += x\n  t\n", "f = _.sum\n"],
      ["fn f(xs)\n  t = 0.0\n  for x in xs: t += x * x\n  t\n", "f = _.map(x => x * x).sum\n"],
      ["fn f(xs)\n  n = 0\n  for x in xs\n    if x > 0: n += 1\n  n\n", "f = _.count(_ > 0)\n"],
      ["fn f(s: str)\n  n = 0\n  for c in s\n    if c in \"aeiou\": n += 1\n  n\n", "f = _.chars.count(_ in \"aeiou\")\n"],
      ["fn f(xs, k)\n  for x in xs\n    if x == k: return true\n  false\n", "f(xs, k) = xs.any(_ == k)\n"],
      ["fn f(xs)\n  for x in xs\n    if x < 0: return false\n  return true\n", "f = _.all(_ >= 0)\n"],
      ["fn f(xs)\n  ok = true\n  for x in xs\n    if not (x > 0)\n      ok = false\n      break\n  ok\n", "f = _.all(_ > 0)\n"],
      ["fn f(ps)\n  found = false\n  for a, b in ps\n    if a == b: found = true\n  found\n", "f = _.any((a, b) => a == b)\n"],
      ["fn f(n)\n  t = 0\n  for i in 1..n: t += i * i\n  t\n", "f = (1.._).map(i => i * i).sum\n"],
    ];
    for (const [src, want] of cases) {
      expect(await codes(src), src).toContain("W0006");
      expect(await fixed(src), src).toBe(want);
    }
  });

  it("W0006 leaves loops alone that do more than one thing or use the accumulator", async () => {
    for (const src of [
      "fn f(xs)\n  out = []\n  for x in xs\n    out += [x]\n    print(x)\n  out\n",
      "fn f(xs)\n  t = 0\n  for x in xs: t += t + x\n  t\n",
      "fn f(xs)\n  out = []\n  for x in xs: out += [x]\n  out\n",
      "fn f(xs)\n  n = 1\n  for x in xs\n    if x > 0: n += 1\n  n\n",
    ]) expect(await codes(src), src).not.toContain("W0006");
  });

  it("W0005 and W0007: a trailing return, a value set only to be given back, a body on one line", async () => {
    expect(await fixed("fn f(x)\n  y = x * 2\n  return y\n")).toBe("f = _ * 2\n"); // then W0008
    expect(await fixed("fn g(n)\n  if n > 5\n    return \"big\"\n  elif n > 2\n    return \"mid\"\n  else\n    return \"small\"\n"))
      .toBe("fn g(n)\n  if n > 5\n    \"big\"\n  elif n > 2\n    \"mid\"\n  else\n    \"small\"\n");
    // an early return stays, and so does a return in an if without else
    expect(await codes("fn h(x)\n  if x > 0: return 1\n  2\n")).toEqual([]);
    expect(await fixed("fn main\n  print(1)\n")).toBe("fn main = print(1)\n");
  });

  it("W0004: an annotation inference already gives can go; one it does not give stays", async () => {
    // `_.len` fits strings, arrays and maps alike: xs's annotation says which; k's is given by `>`
    expect(await fixed("f(xs: [str], k: int) = xs.filter(_.len > k)\n")).toBe("f(xs: [str], k) = xs.filter(_.len > k)\n");
    expect(await fixed("f(xs: [int], k: int) = xs.filter(_ > k)\n")).toBe("f(xs, k) = xs.filter(_ > k)\n");
    expect(await fixed("g(x: float) = x + 1\nh(s: str) -> str = s.upper\n")).toBe("g(x: float) = x + 1\nh = _.upper\n"); // then W0008
    // each of these is redundant given the other, not both: one goes, the other stays
    expect((await analyze("close(xs: [float], t: float) = xs.sort.gaps.min < t\n")).diagnostics.map((d) => d.code)).toEqual(["W0004"]);
    expect(await fixed("close(xs: [float], t: float) = xs.sort.gaps.min < t\n")).toBe("close(xs, t: float) = xs.sort.gaps.min < t\n");
  });

  it("W0008: a one-line definition that reads each parameter once, outside lambdas, names them by place", async () => {
    expect(await fixed("total(xs) = xs.map(_.len).sum\n")).toBe("total = _.map(_.len).sum\n");
    expect(await fixed("gap(a, b) = abs(a - b)\nback(p, q) = q - p  # out of order\n")).toBe("gap = abs(_1 - _2)\nback = _2 - _1  # out of order\n");
    // an annotation W0004 drops first, then the definition goes tacit
    expect(await fixed("shout(s: str) = s.upper\n")).toBe("shout = _.upper\n");
    for (const src of [
      "sq(x) = x * x\n", // read twice
      "above(xs, n) = xs.filter(x => x > n)\n", // n inside a lambda: `_` there would be the lambda's
      "apply(xs, f) = xs.map(f)\n", // a function argument: `_2` there would become a lambda
      "rev(s: str) = s.reverse\n", // the annotation picks the overload: without it the signature changes
      "fn twice(x)\n  y = x * 2\n  y + 1\n", // not one line
      "main = print(1)\n",
    ]) expect(await codes(src), src).not.toContain("W0008");
  });

  it("W0009: a spelled-out form one block says: s[::-1], join(\"\"), n % 2 == 0", async () => {
    expect(await fixed("pal(s: str) = s == s[::-1]\n")).toBe("pal(s: str) = s == s.reverse\n");
    expect(await fixed("f(xs) = xs.count(_ % 2 == 0) + xs.count(_ % 2 != 0) * 10 + xs.count((_ + 1) % 2 == 1) * 100\n"))
      .toBe("f(xs) = xs.count(_.even) + xs.count(_.odd) * 10 + xs.count((_ + 1).odd) * 100\n");
    expect(await fixed("g(xs) = xs.map(str).join(\"\")\n")).toBe("g = _.map(str).join\n"); // then W0008
    // a float's % 2 has no even: it stays; so does a separator that is not empty
    for (const src of ["h(x: float) = x % 2 == 0\n", "k(xs) = xs.map(str).join(\" \")\n", "m(xs: [int]) = xs[::2]\n"]) {
      expect(await codes(src), src).not.toContain("W0009");
    }
  });

  it("W0003: a function named like a block that calls itself on every path, fixed to the block", async () => {
    const r = await analyze("median(l) = median(l.sort) * 2\nfib(n) = if n < 2: n else fib(n - 1) + fib(n - 2)\nfn loop(n)\n  if n > 0: return 1\n  loop(n)\n");
    expect(r.diagnostics.filter((d) => d.code === "W0003").map((d) => [d.code, d.message])).toEqual([["W0003", "'median' calls itself here on every path, so it never returns (the stack overflows)"]]);
    expect(await fixed("median(l) = median(l.sort) * 2\n")).toBe("median = _.sort.median * 2\n"); // then W0008
    // the bug is reported by every compile, not only by `ideo check`
    expect((await compile("f(x) = f(x) + 1\n")).diagnostics.map((d) => d.code)).toEqual(["W0003"]);
  });

  it("style lints are not reported by compile() (ideo run), W0002 only by ideo build", async () => {
    expect((await compile("fn f(xs)\n  return xs.len\n")).diagnostics).toEqual([]);
    expect((await compile("rev(xs) = xs.reverse\n", { guesses: true })).diagnostics.map((d) => d.code)).toEqual(["W0002"]);
    expect(await codes("rev(xs) = xs.reverse\n")).not.toContain("W0002");
  });
});

describe("ideo fix keeps what programs mean", () => {
  const dir = join(ROOT, "examples");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".ideo")).sort()) {
    it(`examples/${f} prints the same after ideo fix`, async () => {
      const source = readFileSync(join(dir, f), "utf8");
      const text = await fixed(source);
      const [before, after] = [await runSource(source), await runSource(text)];
      expect(after.diagnostics).toBeUndefined();
      expect(after.out).toBe(before.out);
      // a fault names the same fault (its line may move)
      expect(after.error?.replace(/ at .*/, "")).toBe(before.error?.replace(/ at .*/, ""));
    });
  }

  const corpus = requirePath("the MBPP corpus", MBPP_CORPUS, MBPP_HOW);
  it.skipIf(!corpus.present)("every MBPP solution still passes its tests after ideo fix", async () => {
    const tasks = loadMbppTasks(MBPP_CORPUS);
    const sols = join(ROOT, "examples", "mbpp");
    let changed = 0;
    for (const f of readdirSync(sols).filter((f) => /^\d+\.ideo$/.test(f))) {
      const source = readFileSync(join(sols, f), "utf8");
      const text = await fixed(source);
      if (text === source) continue;
      changed++;
      const r = await runMbppTask(tasks.get(parseInt(f))!, f, text);
      expect(r.error, `${f} after ideo fix:\n${text}`).toBeUndefined();
    }
    expect(changed).toBeGreaterThan(0);
  }, 600_000);
});
