// Counts the tokens of candidate syntax forms with real tokenizers; docs/language.md records the
// table this prints and the decisions taken from it. Run: npm run measure:syntax
import { countTokens } from "../compiler/tokens/count.js";

const candidates: [string, string[]][] = [
  ["block chains", ["xs.sort.gaps.min < t", "xs |> sort |> gaps |> min < t", "min(gaps(sort(xs))) < t", "xs sort gaps min < t"]],
  ["lambdas", ["xs.map(_ * 2).filter(_ > 3).sum", "xs.map(x => x * 2).filter(x => x > 3).sum", "xs.map(lambda x: x * 2)", "xs.map(|x| x * 2)"]],
  ["two-argument lambda", ["xs.fold(0, (a, x) => a + x)", "xs.fold(0, lambda a, x: a + x)", "xs.fold(0, _1 + _2)", "xs.zipwith(ys, (a, b) => a - b)", "xs.zipwith(ys, _1 - _2)"]],
  ["exported signature", ["fn close(xs, t) = xs.sort.gaps.min < t", "fn close(xs: [float], t: float) = xs.sort.gaps.min < t", "fn close(xs: [float], t: float) -> bool = xs.sort.gaps.min < t", "def close(xs, t): return xs.sort.gaps.min < t", "function close(xs, t) { return xs.sort.gaps.min < t }"]],
  ["function keyword", ["fn f(x) = x + 1", "def f(x) = x + 1", "function f(x) = x + 1", "let f x = x + 1", "f(x) = x + 1"]],
  ["tacit definitions", ["cube(n) = n ** 3", "cube = _ ** 3", "cube = n => n ** 3", "area(w, h) = w * h / 2", "area = _1 * _2 / 2"]],
  ["integer ranges", ["range(1, n + 1).sum", "(1..n).sum", "1.upto(n).sum"]],
  ["pairs in a lambda", ["ps.map(p => p.0 * p.1)", "ps.map((a, b) => a * b)"]],
  ["bit operations", ["xor(x, y) < 0", "x ^ y < 0", "band(n, 1) == 0", "n & 1 == 0"]],
  ["comments", ["# steps to reach 1", "-- steps to reach 1", "// steps to reach 1"]],
  ["conditional expression", ["n = if n % 2 == 0: n // 2 else 3 * n + 1", "n = n % 2 == 0 ? n // 2 : 3 * n + 1", "n = if n % 2 == 0 then n // 2 else 3 * n + 1", "n = n // 2 if n % 2 == 0 else 3 * n + 1"]],
  ["boolean operators", ["a and not b or c", "a && !b || c"]],
  ["bindings", ["steps = 0", "let steps = 0", "var steps = 0", "steps := 0"]],
  ["blocks: indentation vs braces", [
    "fn collatz(n)\n  steps = 0\n  while n != 1\n    n = if n % 2 == 0: n // 2 else 3 * n + 1\n    steps += 1\n  steps",
    "fn collatz(n) {\n  steps = 0\n  while n != 1 {\n    n = if n % 2 == 0: n // 2 else 3 * n + 1\n    steps += 1\n  }\n  steps\n}",
  ]],
  ["loops", ["for x in xs: print(x)", "xs.each(x => print(x))", "for (x of xs) print(x)"]],
  ["tuple fields", ["p.0 + p.1", "p[0] + p[1]", "p.first + p.second"]],
  ["mixed values: a type test", ["xs.count(_.isint)", "xs.count(_.type == \"int\")", "xs.count(isinstance(_, int))", "xs.count(_ is int)"]],
  ["mixed values: the type's name", ["f(x: any) = x.int", "f(x: json) = x.int", "f(x: dyn) = x.int", "f(x: object) = x.int"]],
  ["mixed values: a result of two kinds", ["f(n) = if n > 0: n else false", "f(n) -> any = if n > 0: n else false", "f(n) -> int | bool = if n > 0: n else false"]],
  ["command-line arguments", ["fn main(args)\n  print(args.len)", "print(args.len)", "print(argv().len)", "import sys\nprint(len(sys.argv) - 1)"]],
  ["standard input", ["for l in stdin.lines: print(l)", "for l in input().lines: print(l)", "for l in read(stdin).lines: print(l)", "for l in sys.stdin.read().splitlines(): print(l)", "for l in lines(): print(l)"]],
  ["another file's functions", ["import \"util.ideo\"", "use util", "from util import *", "include \"util.ideo\""]],
  ["a function the JS host passes in", ["extern now() -> float", "host now() -> float", "import fn now() -> float", "declare function now(): number"]],
];

console.log("| candidate | o200k_base | cl100k_base |\n|---|---|---|");
for (const [topic, forms] of candidates) {
  console.log(`| **${topic}** | | |`);
  for (const f of forms) console.log(`| \`${f.replace(/\n/g, "⏎").replace(/\|/g, "\\|")}\` | ${countTokens(f, "o200k_base")} | ${countTokens(f, "cl100k_base")} |`);
}
