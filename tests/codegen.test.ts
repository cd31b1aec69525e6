// What the code generator does to make loops fast keeps every check's meaning: inline bounds
// checks (and the ones left out where a loop proves the index in range), fault positions without
// a store per statement, loops without a region where nothing is allocated, and // % << >> ** by
// constants. Each case runs at -O0 (Binaryen untouched) and -O2, and both must agree.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, load } from "../compiler/index.js";
import { ROOT } from "../compiler/paths.js";
import { expectRun, runAt } from "./support/run.js";

describe("bounds checks", () => {
  it("an index out of range faults at its own position, whether or not a loop hoisted the length", async () => {
    await expectRun("fn main\n  xs = [1, 2, 3]\n  t = 0\n  for i in range(4)\n    t += xs[i]\n  print(t)", "! index out of range at t.ideo:5:10");
    await expectRun("fn main\n  xs = [1, 2, 3]\n  i = 0\n  while true\n    print(xs[i])\n    i += 1", "1\n2\n3\n! index out of range at t.ideo:5:11");
    await expectRun("fn main\n  xs = [1, 2, 3]\n  xs[3] = 0", "! index out of range at t.ideo:3:3");
  });

  it("a loop's own array variable is a new array every turn: its length is not read before it", async () => {
    await expectRun("fn main\n  for row in [[1, 2, 3, 4, 5, 6]]: print(row[5], row[-6])\n  for row in [[1]]: print(row[5])", "6 1\n! index out of range at t.ideo:3:27");
    await expectRun("fn main\n  t = 0\n  for row in [[1, 2], [3]]\n    for j in range(2): t += row[j]\n  print(t)", "! index out of range at t.ideo:4:29");
  });

  it("negative indexes count from the end, and past the start they fault", async () => {
    await expectRun("fn main\n  xs = [1, 2, 3]\n  xs[-1] = 9\n  print(xs[-3], xs[-1])\n  print(xs[-4])", "1 9\n! index out of range at t.ideo:5:9");
  });

  it("a range loop over xs.len needs no check, but one that assigns xs or i keeps it", async () => {
    await expectRun("fn main\n  xs = [1, 2, 3]\n  t = 0\n  for i in range(xs.len): t += xs[i]\n  for j in range(1, xs.len): t += xs[j - 1] * xs[j]\n  print(t)", "14\n");
    // the body gives xs a shorter array: xs[i] is checked against the new length
    await expectRun("fn main\n  xs = [1, 2, 3]\n  for i in range(xs.len)\n    print(xs[i])\n    xs = [7]", "1\n! index out of range at t.ideo:4:11");
    // assigning the loop variable does not change the turns (as in Python), and is checked
    await expectRun("fn main\n  xs = [1, 2, 3]\n  for i in range(xs.len)\n    i += 1\n    print(xs[i])", "2\n3\n! index out of range at t.ideo:5:11");
  });

  it("the check is left out only where the loop proves it", async () => {
    const r = await compile("fn f(xs: [int], n: int)\n  t = 0\n  for i in range(xs.len): t += xs[i]\n  t\nfn g(xs: [int], n: int)\n  t = 0\n  for i in range(n): t += xs[i]\n  t", { wat: true, optimize: 0 });
    const fn = (name: string) => r.wat!.match(new RegExp(`\\n \\(func \\$fn_${name} [^]*?\\n \\)`))![0];
    expect(fn("f")).not.toContain("br $fault_out");
    expect(fn("g")).toContain("br $fault_out");
    // an array literal (or one mapped from it, or fill(n, x)) assigned once before the loop has a known length
    const k = await compile("fn main\n  x = [1.0, 2.0, 3.0].map(_ * 2.0)\n  f = fill(3, 0)\n  for i in range(3)\n    f[i] = i\n    for j in range(i + 1, 3): x[j] += x[i]\n  print(x, f)", { wat: true, optimize: 0 });
    expect(k.wat!.match(/\n \(func \$fn_main\b[^]*?\n \)/)![0]).not.toContain("br $fault_out");
  });

  it("a literal's length proves only what it covers, and only when nothing assigns the variable again", async () => {
    await expectRun("fn main\n  x = [1.0, 2.0, 3.0].map(_ * 2.0)\n  f = fill(3, 0)\n  for i in range(3)\n    f[i] = i\n    for j in range(i + 1, 3): x[j] += x[i]\n  print(x, f)", "[2.0, 6.0, 14.0] [0, 1, 2]\n");
    await expectRun("fn main\n  f = fill(2, 0)\n  for i in range(3): f[i] = i", "! index out of range at t.ideo:3:22");
    await expectRun("fn main\n  x = [1, 2, 3]\n  t = 0\n  for i in range(4): t += x[i]", "! index out of range at t.ideo:4:27");
    await expectRun("fn main\n  x = [1, 2, 3]\n  if x.len > 5: x = [0]\n  for i in range(3): print(x[i])", "1\n2\n3\n");
    await expectRun("fn main\n  x = [1, 2, 3]\n  for k in range(2)\n    for i in range(3): print(x[i])\n    x = [0]", "1\n2\n3\n0\n! index out of range at t.ideo:4:30");
  });

  it("nested loops: an index proven for the outer loop stays proven inside, others are checked", async () => {
    await expectRun("fn main\n  a = [1, 2, 3]\n  b = [1, 2]\n  t = 0\n  for i in range(a.len)\n    for j in range(i + 1, a.len): t += a[i] * a[j] + b[j]\n  print(t)", "! index out of range at t.ideo:6:54");
    await expectRun("fn main\n  a = [1, 2, 3]\n  t = 0\n  for i in range(a.len)\n    for j in range(i + 1, a.len): t += a[i] * a[j]\n  print(t)", "11\n");
  });
});

describe("an inner loop compiled twice (versioning.ts)", () => {
  const cases: [string, string][] = [
    // every index in range: the unchecked copy runs
    ["fn main\n  p = range(5)\n  c = fill(5, 0)\n  for j in range(1, 5): c[j] = min(p[j] + 1, p[j - 1] + c[j - 1])\n  print(c)", "[0, 0, 1, 3, 5]\n"],
    // the last turn is past the end: the checked copy prints every turn before it, then faults there
    ["fn main\n  p = [1, 2, 3]\n  for j in range(1, 4)\n    print(p[j - 1])\n    print(p[j])", "1\n2\n2\n3\n3\n! index out of range at t.ideo:5:11"],
    // the first turn is before the start: a negative index counts from the end, as ever
    ["fn main\n  p = [1, 2, 3]\n  for j in range(0, 3): print(p[j - 1])", "3\n1\n2\n"],
    ["fn main\n  p = [1, 2, 3]\n  for j in range(-4, 0): print(p[j + 0])", "! index out of range at t.ideo:3:32"],
    // an index from a variable the loop does not assign, in range or not
    ["fn main\n  p = [1, 2, 3]\n  k = 2\n  t = 0\n  for j in range(3): t += p[k] * p[j]\n  print(t)", "18\n"],
    ["fn main\n  p = [1, 2, 3]\n  k = 3\n  for j in range(3)\n    print(p[j])\n    print(p[k - 1 + 1])", "1\n! index out of range at t.ideo:6:11"],
    // a loop that assigns the variable, or the array, keeps its checks in both senses
    ["fn main\n  p = [1, 2, 3]\n  k = 0\n  for j in range(3)\n    print(p[k + 1])\n    k += 1", "2\n3\n! index out of range at t.ideo:5:11"],
    ["fn main\n  p = [1, 2, 3]\n  for j in range(3)\n    print(p[j])\n    p = [9]", "1\n! index out of range at t.ideo:4:11"],
    // break, continue and a step above 1 in either copy
    ["fn main\n  p = [1, 2, 3, 4, 5]\n  for j in range(0, 5, 2)\n    if j == 2: continue\n    print(p[j])\n    if p[j + 0] > 4: break", "1\n5\n"],
    ["fn main\n  p = [1, 2, 3, 4, 5]\n  for j in range(0, 7, 3): print(p[j])", "1\n4\n! index out of range at t.ideo:3:34"],
    // a row read once before the loop, and a column against the rows' least length: ragged rows fault
    // at the first short one, after the turns before it
    ["fn main\n  a = [[1, 2, 3], [4, 5, 6]]\n  b = [[1, 2], [3, 4], [5, 6]]\n  t = 0\n  for i in range(2)\n    for j in range(2)\n      for k in range(3): t += a[i][k] * b[k][j]\n  print(t)", "163\n"],
    ["fn main\n  a = [[1, 2, 3], [4]]\n  i = 1\n  for k in range(3): print(a[i][k])", "4\n! index out of range at t.ideo:4:28"],
    ["fn main\n  b = [[1, 2], [3, 4], [5]]\n  j = 1\n  for k in range(3): print(b[k][j])", "2\n4\n! index out of range at t.ideo:4:28"],
    ["fn main\n  b = [[1, 2], [3, 4]]\n  j = 1\n  for k in range(3): print(b[k][j])", "2\n4\n! index out of range at t.ideo:4:28"],
    // the rows' least length read once before the outer loops (nothing there replaces a row or
    // changes the bounds), ragged rows faulting at the first short one all the same
    ["fn main\n  b = [[1, 2], [3, 4], [5]]\n  for j in range(2)\n    t = 0\n    for k in range(3): t += b[k][j]\n    print(t)", "9\n! index out of range at t.ideo:5:29"],
    ["fn main\n  b = [[1, 2], [3, 4]]\n  for j in range(2)\n    t = 0\n    for k in range(3): t += b[k][j]\n    print(t)", "! index out of range at t.ideo:5:29"],
    ["fn main\n  b = [[1, 2], [3, 4]]\n  for j in range(2)\n    t = 0\n    for k in range(-1, 2): t += b[k][j]\n    print(t)", "7\n10\n"],
    // an outer loop that replaces a row, calls a function or changes the bounds is not hoisted past
    ["fn main\n  b = [[1, 2], [3, 4]]\n  for j in range(2)\n    t = 0\n    for k in range(2): t += b[k][j]\n    print(t)\n    b[1] = [9]", "4\n! index out of range at t.ideo:5:29"],
    ["fn cut(a: [[int]])\n  a[1] = [7]\n  0\nfn main\n  b = [[1, 2], [3, 4]]\n  for j in range(2)\n    t = 0\n    for k in range(2): t += b[k][j]\n    print(t)\n    x = cut(b)", "4\n! index out of range at t.ideo:8:29"],
    ["fn main\n  b = [[1, 2], [3, 4], [5]]\n  n = 2\n  for j in range(2)\n    t = 0\n    for k in range(n): t += b[k][j]\n    print(t)\n    n += 1", "4\n! index out of range at t.ideo:6:29"],
    ["fn main\n  b = [[1, 2], [3, 4], [5]]\n  for n in range(2, 4)\n    t = 0\n    for k in range(n): t += b[k][1]\n    print(t)", "6\n! index out of range at t.ideo:5:29"],
    // a row replaced while the loop runs, by a store or by a call, is read again
    ["fn main\n  a = [[1, 2, 3]]\n  for k in range(3)\n    print(a[0][k])\n    a[0] = [7, 8]", "1\n8\n! index out of range at t.ideo:4:11"],
    ["fn cut(a: [[int]])\n  a[0] = [7, 8]\n  0\nfn main\n  a = [[1, 2, 3]]\n  for k in range(3)\n    print(a[0][k])\n    x = cut(a)", "1\n8\n! index out of range at t.ideo:7:11"],
  ];
  it("runs the same turns, prints the same and faults at the same index as the checked loop", async () => {
    for (const [source, expected] of cases) await expectRun(source, expected);
  });

  it("reads a column's rows once before the outermost loop that keeps them, not at each start", async () => {
    const src = "fn f(a: [[float]], b: [[float]], n: int)\n  t = 0.0\n  for i in range(n)\n    for j in range(n)\n      for k in range(n): t += a[i][k] * b[k][j]\n  t";
    const body = (await compile(src, { wat: true, optimize: 0 })).wat!.match(/\n \(func \$fn_f\b[^]*?\n \)/)![0];
    expect(body.indexOf("(loop $rows")).toBeGreaterThan(0);
    expect(body.indexOf("(loop $rows")).toBeLessThan(body.indexOf("(loop $top"));
  });

  it("leaves out the checks in one copy only", async () => {
    const r = await compile("fn f(p: [int], c: [int])\n  for j in range(1, p.len): c[j] = p[j] + p[j - 1]\n  c", { wat: true, optimize: 0 });
    const body = r.wat!.match(/\n \(func \$fn_f\b[^]*?\n \)/)![0];
    expect(body.match(/br \$fault_out\b/g)).toHaveLength(2); // c[j] and p[j - 1], in the checked copy
  });
});

describe("string equality", () => {
  it("compares one-byte strings inline and longer ones in the runtime, with the same answers", async () => {
    // lengths 0, 1 (inline), 2 to 17 (word by word, then byte by byte), a difference at each end
    const src = `fn main
  xs = ["", "a", "b", "ab", "é", "abcdefgh", "abcdefgi", "abcdefghijklmnopq", "abcdefghijklmnopr", "xbcdefghijklmnopq"]
  for x in xs
    line = ""
    for y in xs: line = line + (if x == y: "1" else if x != y: "0" else "?")
    print(line)
  print("a".chars[0] == "a", "ba".chars[1] == "a", "ab"[0] == "b")`;
    await expectRun(src, "1000000000\n0100000000\n0010000000\n0001000000\n0000100000\n0000010000\n0000001000\n0000000100\n0000000010\n0000000001\ntrue true false\n");
  });
});

describe("a loop over a string's characters", () => {
  it("hands out ASCII characters from a table, others as copies, and both behave as any string", async () => {
    // keys of a map made after the loop, an array that outlives it, comparison, concatenation, a
    // NUL and a DEL (the table's ends), two-, three- and four-byte code points beside them
    const src = `fn main
  seen = {}
  order = []
  for c in "abé€a\\x00\\x7f\\u{1F600}b": seen[c] = seen.get(c, 0) + 1
  for c in "xyx"
    order = order.append(c + "!")
    print(c == "x", c.len, c)
  print(seen.len, seen["a"], seen["é"], seen["\\u{1F600}"], order)
  for k, n in seen
    if n > 1: print(k, n)`;
    await expectRun(src, "true 1 x\nfalse 1 y\ntrue 1 x\n7 2 1 1 [\"x!\", \"y!\", \"x!\"]\na 2\nb 2\n");
  });

  it("a turn's region never frees the table, and JS gets the characters back across calls", async () => {
    const src = "fn chars(s: str)\n  out = []\n  for c in s\n    junk = [c, c + c]\n    out = out.append(c)\n  out\nfn main = print(chars(\"hé\"))";
    for (const optimize of [0, 2] as const) {
      const r = await compile(src, { optimize });
      const ideo = await load(r.wasm!);
      expect(ideo.chars("abé a")).toEqual(["a", "b", "é", " ", "a"]);
      expect(ideo.chars("ba")).toEqual(["b", "a"]);
      // the table is no data segment: the module holds no run of its 2 KiB of zeros
      expect(Buffer.from(r.wasm!).includes(Buffer.alloc(256))).toBe(false);
    }
  });

  it("compares its character with a one-character literal by its byte, and as a string where the body assigns it", async () => {
    const src = `fn main
  n = 0
  for c in "a b\\né€ x\\x7f"
    if c == " " or c == "\\n": n += 1
    if c != "a" and c == "é": print("e")
    if c == "€" or "\\x7f" == c: print(c.len, [1].map(k => c == "x"))
  print(n)
  for c in "ab"
    c = c + "!"
    print(c == "a", c == "a!", c != "b")`;
    await expectRun(src, "e\n1 [false]\n1 [false]\n3\nfalse true true\nfalse false true\n");
  });

  it("a fault inside the loop still names its line", async () => {
    await expectRun("fn main\n  m = {\"a\": 1}\n  for c in \"aab\"\n    print(c)\n    print(m[c])", "a\n1\na\n1\nb\n! key not found at t.ideo:5:11");
  });
});

describe("a string variable grown in place", () => {
  // word is read and reset in the loop (no builder): it grows its own buffer in place (owned.ts)
  const words = `fn words(text: str)
  out = []
  word = ""
  for c in text + " "
    if c == " "
      if word != "": out = out.append(word)
      word = ""
    else
      word += c
  out`;

  it("appends in place only while nothing else holds the value", async () => {
    // an alias, map keys and array elements taken as it grows, reads that only look (len, ==, a
    // lookup), non-ASCII parts, v = v + t, v += v, lengths past several capacities (16, 32, 64…)
    const src = `${words}
fn main
  word = "x"
  snaps = []
  seen = {}
  alias = ""
  for i in range(40)
    word += if i % 7 == 0: "é" else "ab"
    if i == 3: alias = word
    if word.len % 5 == 0: seen[word] = word.len
    if i % 9 == 0: snaps = snaps.append(word)
    word = word + "-"
    if i == 20: word += word
  print(alias, seen.len, snaps[1], snaps.len, word.len, seen.get(alias, 0))
  for k, n in seen
    if n < 12: print(k, n)
  print(words("the cat  sät on the mat"))
  w = ""
  for c in "abc"
    w += c
    f = () => w
    print(f(), w)`;
    await expectRun(src, "xé-ab-ab-ab 9 xé-ab-ab-ab-ab-ab-ab-é-ab-ab 5 176 0\nxé-ab 5\n[\"the\", \"cat\", \"sät\", \"on\", \"the\", \"mat\"]\na a\nab ab\nabc abc\n");
    const r = await compile(words, { wat: true, optimize: 0 });
    expect(r.wat).toContain("call $rt_str_append");
  });

  it("empties its buffer to grow again unless a map, an array or another variable took the value", async () => {
    // words of 1 to 36 bytes, ASCII and not, counted (a new key keeps the buffer it was built in),
    // kept in an array, aliased; then a loop whose turns free what they allocated (regions.ts): the
    // buffer w owned is freed with them, and junk would be placed over it
    const src = `fn main
  counts = {}
  word = ""
  long = []
  for c in "ab ab abcdefghijklmnopqrstuvwxyz0123456789 ab é éa ab abcdefghijklmnopqrstuvwxyz0123456789 x"
    if c == " "
      if word != ""
        counts[word] = counts.get(word, 0) + 1
        if word.len > 30: long = long.append(word)
        word = ""
    else
      word += c
  alias = word
  word = ""
  word += "zz"
  print(counts, long.len, long[0] == long[1], long[0].len, alias, word)
  for i in range(3)
    w = ""
    for c in "abcdefghij"
      if w != "x": w += c
    junk = [i, i, i, i, i, i]
    print(junk, w)`;
    const x36 = "abcdefghijklmnopqrstuvwxyz0123456789";
    await expectRun(src, `{"ab": 4, "${x36}": 2, "é": 1, "éa": 1} 2 true 36 x zz\n` + [0, 1, 2].map((i) => `[${Array(6).fill(i).join(", ")}] abcdefghij\n`).join(""));
  });

  it("hands JS whole strings, and a fault in the loop names its line", async () => {
    for (const optimize of [0, 2] as const) {
      const ideo = await load((await compile(words, { optimize })).wasm!);
      expect(ideo.words("a bb ccccccccccccccccccccccccc é")).toEqual(["a", "bb", "ccccccccccccccccccccccccc", "é"]);
      expect(ideo.words("x y")).toEqual(["x", "y"]);
    }
    await expectRun("fn main\n  m = {\"a\": 1}\n  w = \"\"\n  for c in \"aab\"\n    w += c\n    print(w, m[c])\n    if w.len > 1: w = \"\"", "a 1\naa 1\n! key not found at t.ideo:6:14");
  });
});

describe("a string compared with a literal", () => {
  it("compares the length and a masked word inline, with the runtime's answers", async () => {
    // literals of 0, 1, 2, 7, 8 (one whole word) and 9 bytes (the runtime's), on either side
    const src = `fn main
  xs = ["", "a", "b", "ab", "é", "abcdefg", "abcdefgh", "abcdefgi", "abcdefghi", "abcdefgh".chars[1]]
  for x in xs
    print(x == "", x == "a", "b" == x, x == "ab", x != "é", x == "abcdefg", x == "abcdefgh", x == "abcdefghi", x == "b")`;
    const rows = ["true false false false true false false false false", "false true false false true false false false false",
      "false false true false true false false false true", "false false false true true false false false false",
      "false false false false false false false false false", "false false false false true true false false false",
      "false false false false true false true false false", "false false false false true false false false false",
      "false false false false true false false true false", "false false true false true false false false true"];
    await expectRun(src, rows.join("\n") + "\n");
  });
});

describe("m[k] = m.get(k, d) op x", () => {
  it("looks k up once, with the answers of two lookups", async () => {
    // keys new and old, str keys grown in place as they are stored, int keys, float values, a
    // default not 0, the get on either side; literal keys and computed ones take the general path
    const src = `fn main
  m = {}
  f = {}
  byint = {}
  w = ""
  for i in range(300)
    w += if i % 3 == 0: "é" else "a"
    k = w
    m[k] = m.get(k, 5) * 2
    m[k] = 1 + m.get(k, 0)
    m["a"] = m.get("a", 0) + 1
    f[i % 7] = f.get(i % 7, 0.5) - 0.25
    j = i % 50
    byint[j] = byint.get(j, 100) - i
    if w.len > 20: w = ""
  total = 0
  for k, n in m: total += n * k.len
  print(m.len, total, m["a"], m["é"], f, byint[49], byint.len)`;
    await expectRun(src, "22 24772677 300 196607 {0: -10.25, 1: -10.25, 2: -10.25, 3: -10.25, 4: -10.25, 5: -10.25, 6: -10.0} -944 50\n");
    const r = await compile("fn count(xs: [str])\n  m = {}\n  for x in xs: m[x] = m.get(x, 0) + 1\n  m", { wat: true, optimize: 0 });
    const fn = r.wat!.match(/\n \(func \$fn_count\b[^]*?\n \)/)![0];
    expect(fn.match(/call \$rt_map_find/g)?.length).toBe(1);
    expect(fn.match(/call \$rt_map_put/g)?.length).toBe(1);
    const ideo = await load((await compile("fn count(xs: [str])\n  m = {}\n  for x in xs: m[x] = m.get(x, 0) + 1\n  m")).wasm!);
    const counted = ideo.count(["b", "a", "b"]);
    expect(counted).toEqual({ b: 2, a: 1 });
    expect(Object.keys(counted)).toEqual(["b", "a"]);
  });
});

describe("fault positions", () => {
  it("each check names its own line:col", async () => {
    await expectRun("fn f(a: int, b: int) = a // b\nfn main\n  print(f(7, 2))\n  print(f(1, 0))", "3\n! division by zero at t.ideo:1:24");
    await expectRun("fn f(a: int, b: int) = a % b + a >> b\nfn main\n  print(f(7, 2))\n  print(f(1, -1))", "2\n! invalid argument at t.ideo:1:24");
    await expectRun("fn main\n  m = {1: 2}\n  print(m[1])\n  print(m[3])", "2\n! key not found at t.ideo:4:9");
    await expectRun("fn main\n  n = 0\n  for i in range(0, 5, n): print(i)", "! invalid argument at t.ideo:3:12");
  });

  it("a block's fault names the call, not a call in its arguments", async () => {
    await expectRun("fn main\n  xs = [3, 1]\n  print(xs.max)\n  ys = xs.filter(_ > 5)\n  print(\n    ys.sort.max)", "3\n! empty input at t.ideo:6:5");
    await expectRun("fn g(xs: [int]) = xs.sort\nfn main\n  print(max(g([])))", "! empty input at t.ideo:3:9");
  });

  it("a stack overflow names the recursive call, through a lambda too", async () => {
    const ideo = await load("fn down(n: int) = if n == 0: 0 else [n].map(x => down(x - 1)).sum + 1");
    expect(ideo.down(10)).toBe(10);
    expect(() => ideo.down(10_000_000)).toThrow(/^stack overflow \(recursion too deep\) near 1:50$/);
  });
});

describe("regions", () => {
  it("a loop that allocates nothing takes no mark; one that does still resets", async () => {
    const r = await compile("fn f(n: int)\n  t = 0\n  for i in range(n): t += i * i\n  t\nfn g(n: int)\n  t = 0\n  for i in range(n): t += [i, i].sum\n  t", { wat: true, optimize: 0 });
    const fn = (name: string) => r.wat!.match(new RegExp(`\\n \\(func \\$fn_${name} [^]*?\\n \\)`))![0];
    expect(fn("f")).not.toContain("rt_mark");
    expect(fn("g")).toContain("call $rt_mark");
    expect(fn("g")).toContain("call $rt_reset");
  });

  it("a plain value boxed into an optional in a loop outlives the turn", async () => {
    await expectRun("fn last_even(xs: [int])\n  best = null\n  for x in xs\n    if x % 2 == 0: best = x\n  pad = [9, 9, 9]\n  best\nfn main = print(last_even([1, 2, 4, 5]), last_even([1]))", "4 null\n");
  });

  it("a turn that may not assign a variable before reading it keeps its memory for the next turn", async () => {
    // word is set in the first turn only: the later ones read it (a reset let junk overwrite it)
    await expectRun("fn f(n: int)\n  out = 0\n  for i in range(n)\n    if i == 0: word = \"ab\" + \"c\"\n    junk = [i, i, i, i, i]\n    out = out * 10 + word.len\n  out\nfn main = print(f(4))", "3333\n");
    // or grow it: `word += "c"` reads word
    await expectRun("fn f(n: int)\n  out = 0\n  for i in range(n)\n    if i == 0: word = \"ab\"\n    word += \"c\"\n    junk = [i, i, i, i]\n    out += word.len\n  out\nfn main = print(f(4))", "18\n");
  });
});

describe("operators by constants", () => {
  // every constant form against the runtime's general one (the divisor in a variable) and
  // against Python's floor semantics computed with BigInt
  const ks = [1n, -1n, 2n, -2n, 3n, -3n, 7n, 8n, -8n, 10n, 1024n, -4096n, 2n ** 62n, -(2n ** 63n)];
  const floorDiv = (a: bigint, b: bigint) => { const q = a / b; return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q; };
  const wrap = (v: bigint) => BigInt.asIntN(64, v);
  const source = `fn byconst(a: int)\n  [${ks.map((k) => `a // ${k}, a % ${k}`).join(", ")}, a << 3, a >> 3, a << 64, a >> 70, a ** 0, a ** 1, a ** 2, a ** 5, a ** 8]\n`
    + `fn divisible(a: int) = [${ks.map((k) => `a % ${k} == 0, 0 != a % ${k}`).join(", ")}]\n`
    + `fn byvar(a: int, ks: [int])\n  out = []\n  for k in ks\n    out = out.append(a // k)\n    out = out.append(a % k)\n  out + [a << 3, a >> 3, a << 64, a >> 70, a ** 0, a ** 1, a ** 2, a ** 5, a ** 8]\n`;
  it("// and % floor like Python for negative operands; x % k == 0, shifts and small powers agree with the runtime", async () => {
    const [o0, o2] = [await load(source, { optimize: 0 }), await load(source, { optimize: 2 })];
    const ints = fc.oneof(fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n), fc.bigInt(-1000n, 1000n), fc.constantFrom(0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n)));
    fc.assert(fc.property(ints, (a) => {
      const want = [...ks.flatMap((k) => [wrap(floorDiv(a, k)), wrap(a - floorDiv(a, k) * k)]), wrap(a << 3n), a >> 3n, 0n, a < 0n ? -1n : 0n, 1n, a, wrap(a * a), wrap(a ** 5n), wrap(a ** 8n)].map(String);
      const norm = (xs: unknown) => (xs as (number | bigint)[]).map(String);
      expect(norm(o2.byconst(a))).toEqual(want);
      expect(norm(o0.byconst(a))).toEqual(want);
      expect(norm(o2.byvar(a, ks))).toEqual(want);
      const divisible = ks.flatMap((k) => [a % k === 0n, a % k !== 0n]);
      expect(o2.divisible(a)).toEqual(divisible);
      expect(o0.divisible(a)).toEqual(divisible);
    }), { numRuns: 300 });
  });
});

describe("packed [bool]", () => {
  it("takes one byte an element", async () => {
    const r = await compile("fn f(n: int)\n  xs = fill(n, true)\n  xs[n - 1] = false\n  xs.count(true)");
    const { instantiate } = await import("../compiler/host/instance.js");
    const inst = await instantiate(r.wasm!, {});
    const before = inst.memory.buffer.byteLength;
    expect((inst.exports.f as (n: bigint) => bigint)(4_000_000n)).toBe(3_999_999n);
    // 4 MB of bools, not 16
    expect(inst.memory.buffer.byteLength - before).toBeLessThan(6 * 1024 * 1024);
  });

  it("crosses to JS and through blocks, tuples, maps and optionals, whatever the bytes around held", async () => {
    // the first loop leaves bytes of -1 where the later values are made
    const src = `fn main
  for k in range(3): t = fill(64, -1).sum
  xs = [true, false, true]
  ys = xs.map(not _)
  ps = xs.zip(ys)
  m = ys.enumerate.dict
  best = null
  for x in ys
    if x: best = x
  print(ps, m, m.get(7, true) == true, m.get(1, false) == true, m.values, ps.map(p => p.1 == false), best, ys.sort, ys.count(true), ys.unique, ys.order, ys.counts)`;
    await expectRun(src, "[(true, false), (false, true), (true, false)] {0: false, 1: true, 2: false} true true [false, true, false] [true, false, true] true [false, false, true] 1 [false, true] [0, 2, 1] [(false, 2), (true, 1)]\n");
    const ideo = await load("fn flip(xs: [bool]) = xs.map(not _)\nfn evens(n: int) = range(n).map(_ % 2 == 0)");
    expect(ideo.flip([true, false, false])).toEqual([false, true, true]);
    expect(ideo.evens(5)).toEqual([true, false, true, false, true]);
  });
});

describe("the optimizer keeps the meaning", () => {
  const dir = join(ROOT, "examples");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".ideo")).sort()) {
    it(`${f} prints the same at -O0, -O2 and -O3`, async () => {
      const source = readFileSync(join(dir, f), "utf8");
      const outs = [await runAt(source, 0, f), await runAt(source, 2, f), await runAt(source, 3, f)];
      expect(outs[1]).toBe(outs[0]);
      expect(outs[2]).toBe(outs[0]);
    });
  }
});
