// `ideo fmt`: the canonical layout is a fixed point, keeps every comment, and never changes what a
// program means — checked in memory on every program in the repository (the files themselves are
// never rewritten: their token figures must stay comparable), on crafted layouts, on random input,
// and through the real CLI.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { format, WIDTH } from "../compiler/format/format.js";
import { lex } from "../compiler/syntax/lexer.js";
import { compile } from "../compiler/index.js";
import { analyze } from "../compiler/frontend.js";
import { ROOT } from "../compiler/paths.js";
import { cli } from "./support/run.js";

/** Every .ideo program in examples/ and tests/ (eval/ is left alone: it holds a frozen slice). */
function programs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ideo")) out.push(p);
    }
  };
  walk(join(ROOT, "examples"));
  walk(join(ROOT, "tests"));
  return out.sort();
}

const comments = (s: string) => lex(s).comments.map((c) => c.image.trimEnd());
/** The runtime functions that take the position they fault at as their last argument. */
const PLACED = /^\(call \$(rt_fault_at|rt_index_slow|rt_floordiv|rt_floormod|rt_shl|rt_shr|rt_ipow|rt_map_get)\b/;

/** The module text with the source positions fault reports carry blanked: stored in `rt_loc`,
 *  passed to the runtime functions that fault at them, and the call sites' debug locations. They
 *  move when lines do, and are all that may. */
function positionless(wat: string): string {
  const text = wat.replace(/\(global\.set \$rt_loc\s*\(i32\.const \d+\)/g, "(global.set $rt_loc (i32.const _)").replace(/;;@ \S+/g, ";;@ _");
  // blank the last constant operand of each call that takes a position
  let out = "";
  const open: { placed: boolean; last?: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") {
      const placed = PLACED.test(text.slice(i, i + 40));
      if (open.length && open[open.length - 1].placed && text.startsWith("(i32.const ", i)) open[open.length - 1].last = out.length;
      open.push({ placed });
    } else if (c === ")") {
      const call = open.pop();
      if (call?.placed && call.last !== undefined) out = out.slice(0, call.last) + out.slice(call.last).replace(/^\(i32\.const \d+\)/, "(i32.const _)");
    }
    out += c;
  }
  return out;
}

const fmt = (s: string) => {
  const r = format(s);
  if (r.text === undefined) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join("; "));
  return r.text;
};

describe("every program in the repository", () => {
  const files = programs();
  it("there are hundreds of them", () => expect(files.length).toBeGreaterThan(400));

  it("formats to a fixed point and keeps its comments; one with syntax errors is refused with them", () => {
    let formatted = 0, refused = 0, commentsSeen = 0;
    for (const f of files) {
      const source = readFileSync(f, "utf8");
      const r = format(source);
      if (r.text === undefined) {
        // only the diagnostics cases may fail to parse, and each says why
        expect(relative(ROOT, f), r.diagnostics.map((d) => d.message).join("; ")).toMatch(/^tests\/diagnostics\//);
        expect(r.diagnostics.every((d) => d.code.startsWith("E0"))).toBe(true);
        refused++;
        continue;
      }
      formatted++;
      expect(format(r.text).text, `${f} is not a fixed point`).toBe(r.text);
      expect(comments(r.text), f).toEqual(comments(source));
      commentsSeen += comments(source).length;
      const widest = Math.max(...r.text.split("\n").map((l) => l.length));
      if (widest > WIDTH) expect(Math.max(...source.split("\n").map((l) => l.length)), `${f} got wider`).toBeGreaterThanOrEqual(widest);
    }
    expect(formatted).toBeGreaterThan(400);
    expect(refused).toBeGreaterThan(0);
    expect(commentsSeen).toBeGreaterThan(100);
  });

  it("has one layout: respaced, rewrapped and reindented, each formats to what it formatted to before", () => {
    let random = 12345;
    const next = (n: number) => { random = (random * 1103515245 + 12345) >>> 0; return (random >>> 16) % n; };
    let checked = 0;
    for (const f of files) {
      const source = readFileSync(f, "utf8");
      const want = format(source).text;
      if (want === undefined) continue;
      const tokens = lex(source).tokens.filter((t) => t.image);
      let out = "", at = 0, depth = 0;
      tokens.forEach((t, i) => {
        const gap = source.slice(at, t.startOffset);
        const prev = tokens[i - 1];
        const negativeLiteral = prev?.image === "-" && /^\d/.test(t.image);
        // one word the lexer makes two tokens of (`elif` is else and if) stays one word
        const oneWord = gap === "" && /\w$/.test(prev?.image ?? "") && /^\w/.test(t.image);
        if (oneWord) { /* nothing between them */ } else if (/^ *$/.test(gap) && i > 0 && !negativeLiteral) {
          // inside brackets a line break means nothing: add some; elsewhere change the spaces
          out += depth > 0 && /^[([,]$/.test(prev.image) && next(3) === 0 ? "\n" + " ".repeat(next(9)) : " ".repeat(gap.length ? 1 + next(3) : next(2));
        } else out += gap.replace(/\n( +)/g, (_, s: string) => "\n" + s + s); // twice as deep
        out += t.image;
        at = t.endOffset! + 1;
        if (/^[([{]$/.test(t.image)) depth++;
        else if (/^[)\]}]$/.test(t.image)) depth--;
      });
      out += source.slice(at);
      expect(format(out).text, `${f}, changed to:\n${out}`).toBe(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(400);
  });

  it("compiles to the same module after formatting, where it compiles", async () => {
    let compared = 0;
    for (const f of files) {
      const source = readFileSync(f, "utf8");
      const text = format(source).text;
      if (text === undefined || text === source) continue; // the same text is the same module
      const [a, b] = await Promise.all([compile(source, { wat: true }), compile(text, { wat: true })]);
      expect(b.diagnostics.map((d) => d.code), f).toEqual(a.diagnostics.map((d) => d.code));
      if (!a.wasm) continue;
      expect(positionless(b.wat!), f).toBe(positionless(a.wat!));
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });
});

describe("the layout", () => {
  const cases: [string, string, string][] = [
    ["spaces around operators and after commas", "f(a,b)=a*2+b//3-(a%b)**2\n", "f(a, b) = a * 2 + b // 3 - (a % b) ** 2\n"],
    ["annotations, maps, inline bodies and lambdas", "g(xs:[int],m:{str:int})->int\n  if xs.len==0:return 0\n  xs.map(x=>x*2).sum+m[\"a\"]\n",
      "g(xs: [int], m: {str: int}) -> int\n  if xs.len == 0: return 0\n  xs.map(x => x * 2).sum + m[\"a\"]\n"],
    ["slices, indexes, ranges, unary operators", "print(xs[ 1 : -1 ], xs[ :: 2 ], xs[i+1 :], (1 .. n).sum, - x, ~ y, not z, xs [0])\n",
      "print(xs[1:-1], xs[::2], xs[i + 1:], (1..n).sum, -x, ~y, not z, xs[0])\n"],
    ["a negated literal stays apart from a negative one", "print(- 5, -5, 2 ** -1)\n", "print(- 5, -5, 2 ** -1)\n"],
    ["elif stays elif", "f(n)\n  if n>0: 1\n  elif n<0: -1\n  else: 0\n", "f(n)\n  if n > 0: 1\n  elif n < 0: -1\n  else: 0\n"],
    ["the colon of an if inside an index", "c[if w==0:0 else 1]+=1\n", "c[if w == 0: 0 else 1] += 1\n"],
    ["indentation becomes two spaces a level", "fn main\n    x = 1\n    while x < 3\n            x += 1\n    print(x)\n",
      "fn main\n  x = 1\n  while x < 3\n    x += 1\n  print(x)\n"],
    ["blank lines: none first, one at most, one newline at the end", "\n\nfn a = 1\n\n\n\nfn b = 2", "fn a = 1\n\nfn b = 2\n"],
    ["CRLF and tabs", "fn main\r\n\tx = 1 # note\r\n\tprint(x)\r\n", "fn main\n  x = 1  # note\n  print(x)\n"],
    ["a comprehension's commas separate no items", "print([a*b for a,b in ps])\n", "print([a * b for a, b in ps])\n"],
    ["trailing comments of adjacent lines line up", "fn main\n  x = 1 # one\n  total = x + 1 # two\n\n  y = 2 # three\n",
      "fn main\n  x = 1          # one\n  total = x + 1  # two\n\n  y = 2  # three\n"],
    ["a whole-line comment takes its block's indentation", "fn f(n)\n  if n > 0\n    n -= 1\n      # still in the if\n# at the top\n  n\n",
      "fn f(n)\n  if n > 0\n    n -= 1\n    # still in the if\n  # at the top\n  n\n"],
    ["comments inside brackets and chains break the line there", "xs = [1, # one\n  2]\nys = xs # head\n  .sort\n",
      "xs = [\n  1,  # one\n  2\n]\nys = xs  # head\n  .sort\n"],
    ["a short bracket stays whole", `f(x) = ${"a".repeat(80)} + g(x, 1) + h(y)\n`, `f(x) = ${"a".repeat(80)} + g(x, 1) + h(y)\n`],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(fmt(input)).toBe(expected);
      expect(fmt(expected)).toBe(expected);
    });
  }

  it("a long chain breaks before each link, a long bracket one item a line", () => {
    const chain = `total(s) = s.lower.words.filter(_.len > 3).map(_.upper).sortby(_.len).unique.join(", ").replace("A", "a")\n`;
    expect(fmt(chain)).toBe([
      "total(s) = s", "  .lower", "  .words", "  .filter(_.len > 3)", "  .map(_.upper)", "  .sortby(_.len)", "  .unique",
      '  .join(", ")', '  .replace("A", "a")', ""].join("\n"));
    const call = `print(${Array.from({ length: 12 }, (_, i) => `"item number ${i}"`).join(", ")})\n`;
    const out = fmt(call).split("\n");
    expect(out[0]).toBe("print(");
    expect(out[1]).toBe('  "item number 0",');
    expect(out[13]).toBe(")");
  });

  it("a program with a syntax error is refused with its diagnostics", () => {
    const r = format("fn main\n  print(1 § 2)\n");
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toContain("E0001");
  });

  it("never throws on random input, and what it formats is a fixed point with the same comments", () => {
    const piece = fc.constantFrom("fn ", "main", "f(x)", " = ", "x", "xs", ".sort", ".map(_ * 2)", "[1, 2]", "(a, b)", ": ", "if ", " else ",
      "\n", "\n  ", "\n    ", "  ", "# c\n", " # t\n", "-", "1", "..", "[", "]", "(", ")", ",", "{", "}", "\"s\"", "for i in ", "while ", "return ", "=>",
      "elif ", "\n  .len", "p.0", " .1", "\t", "\r\n", "xs[::-1]", "(\n", ",\n  ");
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const source = parts.join("");
      const r = format(source);
      expect(r.diagnostics.every((d) => d.code !== "E9000"), source).toBe(true);
      if (r.text !== undefined) {
        expect(format(r.text).text).toBe(r.text);
        expect(comments(r.text)).toEqual(comments(source));
      }
    }), { numRuns: 150, seed: 7 });
  });

  it("a half-written inline body is a syntax error, not an internal one (it crashed the parser)", async () => {
    for (const source of ["for i in : ", "while x: ", "if x: "]) {
      expect(format(source).diagnostics.map((d) => d.code), source).toContain("E0100");
      expect((await analyze(source)).diagnostics.map((d) => d.code), source).not.toContain("E9000");
    }
  });

  it("refuses inputs too large or too deep quickly", () => {
    const t = Date.now();
    expect(format("x = " + "1 + ".repeat(2_500_000) + "1").diagnostics[0].code).toBe("E0005");
    expect(format("fn main = " + "(".repeat(10_000) + "1" + ")".repeat(10_000)).diagnostics[0].code).toBe("E0004");
    expect(Date.now() - t).toBeLessThan(10_000);
  });
});

describe("ideo fmt", () => {
  const dir = mkdtempSync(join(tmpdir(), "ideo-fmt-"));
  const messy = "fn main\n    print( 1+2 )   # three\n";
  const clean = "fn main\n  print(1 + 2)  # three\n";

  it("--check lists the files that would change, writes nothing, exits 1", async () => {
    writeFileSync(join(dir, "a.ideo"), messy);
    writeFileSync(join(dir, "b.ideo"), clean);
    writeFileSync(join(dir, "notes.txt"), messy);
    const r = await cli(["fmt", "--check", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe(join(dir, "a.ideo"));
    expect(r.stderr).toContain("2 files: 1 would change, 1 unchanged");
    expect(readFileSync(join(dir, "a.ideo"), "utf8")).toBe(messy);
  });

  it("rewrites in place, then --check passes", async () => {
    const r = await cli(["fmt", dir]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "a.ideo"), "utf8")).toBe(clean);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe(messy); // not an .ideo file
    expect((await cli(["fmt", "--check", dir])).status).toBe(0);
  });

  it("leaves a file with syntax errors as it is, prints its diagnostics, exits 1", async () => {
    const bad = join(dir, "bad.ideo");
    writeFileSync(bad, "fn main\n  print(1 § 2)\n");
    const r = await cli(["fmt", bad, "--json"]);
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.status).toBe("error");
    expect(result.diagnostics[0]).toMatchObject({ code: "E0001", line: 2, col: 11 });
    expect(readFileSync(bad, "utf8")).toBe("fn main\n  print(1 § 2)\n");
  });

  it("formats standard input with -, and a missing path is a usage error", async () => {
    expect((await cli(["fmt", "-"], messy)).stdout).toBe(clean);
    const bad = await cli(["fmt", "-"], "fn main\n  print(1 § 2)\n");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("error[E0001]: unexpected character");
    expect((await cli(["fmt", join(dir, "nothere.ideo")])).status).toBe(2);
    expect((await cli(["fmt"])).status).toBe(2);
    expect(existsSync(join(dir, "nothere.ideo"))).toBe(false);
  });
});
