// No input may crash the compiler, hang it, or print a stack trace: `ideo check` answers with
// diagnostics and exit code 1 within seconds.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/run.js";
import { analyze } from "../compiler/frontend.js";
import { compile } from "../compiler/index.js";

const dir = mkdtempSync(join(tmpdir(), "ideo-bad-"));
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function seeded(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; out[i] = x >>> 24; }
  return out;
}

const cases: [string, () => string][] = [
  ["random bytes", () => file("random.ideo", seeded(4096, 7))],
  ["a binary file", () => file("bin.ideo", new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0]))],
  ["an empty file", () => file("empty.ideo", "")],
  ["a 10 MB single line", () => file("long.ideo", "x = " + "1 + ".repeat(2_500_000) + "1")],
  ["10,000 nested brackets", () => file("nested.ideo", "fn main = " + "(".repeat(10_000) + "1" + ")".repeat(10_000))],
  ["10,000 unclosed brackets", () => file("open.ideo", "fn main = " + "[".repeat(10_000))],
  ["unbalanced quotes", () => file("quotes.ideo", 'fn main\n  print("abc)\n  x = \'d\n')],
  ["garbage punctuation", () => file("punct.ideo", "fn main =>=>=> ]] )) :: . , ++ ** // ??? @@ $$ \\\\")],
  ["deep indentation", () => file("indent.ideo", Array.from({ length: 3000 }, (_, i) => " ".repeat(i) + "if x").join("\n"))],
];

describe("bad input", () => {
  for (const [name, make] of cases) {
    it(`${name}: exit 1 with diagnostics, no stack trace`, async () => {
      const r = await cli(["check", make()]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/error\[E\d{4}\]/);
      expect(r.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
      expect(r.ms).toBeLessThan(20_000);
    }, 30_000);
  }

  it("--json on bad input is an array of located diagnostics", async () => {
    const r = await cli(["check", "--json", file("j.ideo", "fn main\n  print(xs.sotr)\n")]);
    expect(r.status).toBe(1);
    const ds = JSON.parse(r.stdout);
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) expect(Object.keys(d)).toEqual(expect.arrayContaining(["code", "severity", "message", "file", "line", "col", "endLine", "endCol", "suggestions"]));
  });

  it("a function past an engine's limit on locals is a diagnostic, not a module the engine refuses", async () => {
    const loops = Array.from({ length: 17_000 }, (_, i) => `  for i in [1, 2]\n    t += i * ${i}\n`).join("");
    const r = await compile(`fn main\n  t = 0\n${loops}  print(t)\n`, { optimize: 0 });
    expect(r.wasm).toBeUndefined();
    expect(r.diagnostics[0].code).toBe("E0005");
    expect(r.diagnostics[0].message).toMatch(/function 'main' needs \d+ locals, and engines take 50000/);
  }, 120_000);

  it("error recovery never invents an indented block: broken lines stay side by side, each with its error", async () => {
    // inventing one nested each `x = y while` line in the last one's block: 1,000 lines overflowed
    // the stack (or, with a worker's larger stack, took 50 s)
    const r = await analyze("x = _.runs while \n".repeat(1000));
    expect(r.diagnostics.map((d) => d.code)).not.toContain("E0004");
    expect(r.diagnostics[0]).toMatchObject({ code: "E0100", message: "expected end of line, found 'while'" });
  });

  it("a type broken by a keyword (`x: in?t`) is a syntax error, not an internal one", async () => {
    const r = await analyze("missing(x: in?t) = x == None\n");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("E9000");
    expect(r.diagnostics[0]).toMatchObject({ code: "E0100", message: "unexpected 'in'" });
  });

  it("a function without a value whose call is used as one (`while main:`) is a type error, not a module that does not validate", async () => {
    const r = await compile("fn main\n  xs = [0]\n  while main: xs = xs + xs\n");
    expect(r.wasm).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([["E0300", "'main' gives no value, but a call of it is used as bool"]]);
  });

  it("a function of thousands of loops compiles at -O2 to a valid module (optimized less past a size, in time that grows with it)", async () => {
    const program = (n: number) => `f(xs: [int])\n  t = 0\n${"  for i in range(xs.len - 1): t += xs[i] * xs[i + 1]\n".repeat(n)}  t\n`;
    // past the bound of level 1 (900 loops, 4,500 locals) and of any optimizing (4,000 loops)
    for (const n of [900, 4000]) {
      const r = await compile(program(n), { optimize: 2 });
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(WebAssembly.validate(r.wasm!), `${n} loops`).toBe(true);
    }
  }, 120_000);

  it("a loop body of a thousand chained sets compiles at -O2 and -O3 and gives the loop's result", async () => {
    // sinking each set into the next nested them a thousand deep: binaryen.js's stack overflowed
    const src = `f(n)\n  b = 0\n  for i in range(n)\n${"    b = (b + i) % 255\n".repeat(1000)}  b\n`;
    let b = 0;
    for (let i = 0; i < 3; i++) for (let k = 0; k < 1000; k++) b = (b + i) % 255;
    for (const optimize of [2, 3] as const) {
      const r = await compile(src, { optimize });
      expect(r.diagnostics).toEqual([]);
      const { instance } = await WebAssembly.instantiate(r.wasm!, { env: { fault: () => { throw new Error("fault"); } } });
      expect((instance.exports.f as (n: bigint) => bigint)(3n), `-O${optimize}`).toBe(BigInt(b));
    }
  }, 120_000);

  it("a chain of calls is refused past 500 links by the lexer, the same on every stack; 500 compile and run", async () => {
    const chain = (n: number, link: string) => `f(xs) = xs${link.repeat(n)}\nprint(f([1, 2]))\n`;
    const long = await analyze(chain(501, ".reverse"));
    expect(long.diagnostics.map((d) => [d.code, d.message])).toEqual([["E0004", "a chain of more than 500 calls; the limit is 500"]]);
    // a chain continued on the next lines is one chain; one broken by an operator is two
    expect((await analyze(`f(xs) = xs${"\n  .reverse".repeat(501)}\n`)).diagnostics[0]?.code).toBe("E0004");
    expect((await analyze(`f(xs) = xs${".reverse".repeat(300)} + xs${".reverse".repeat(300)}\n`)).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const r = await compile(chain(500, ".map(_ + 1)"));
    expect(r.diagnostics).toEqual([]);
  }, 120_000);

  it("braces count toward the bracket limit as parentheses do, and the error points at the first", async () => {
    // 220 lines of ` { ` reached the limit with no ( or [ to point at: an internal error (fuzz seed 1, input 748168)
    for (const src of [" { \n".repeat(220), "{".repeat(300), "x = [{" + "(".repeat(250)]) {
      const d = (await analyze(src)).diagnostics.find((x) => x.code === "E0004");
      expect(d?.message, JSON.stringify(src.slice(0, 20))).toMatch(/^brackets nest \d+ deep; the limit is 200$/);
      expect("([{").toContain(src[d!.span.start]);
    }
  });

  it("lambdas nested without brackets are refused past 200 by the lexer, the same on every stack; 200 check", async () => {
    // 3,000 overflowed a worker's stack but not, once formatted, the main thread's (fuzz seed 1, input 751436)
    const curried = (n: number) => `fn lam = ${Array.from({ length: n }, (_, i) => `x${i}`).join(" => ")} => 1\n`;
    expect((await analyze(curried(3000))).diagnostics.map((d) => [d.code, d.message])).toEqual([["E0004", "lambdas nest 3000 deep (x => y => …); the limit is 200"]]);
    expect((await analyze(curried(200))).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // lambdas side by side, or each in its own brackets, are not one run
    expect((await analyze(`f(xs) = xs${".map(x => x + 1)".repeat(300)}\n`)).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("signs and `not`s in a row are refused past 200 by the lexer, the same on every stack; and one-line definitions check in linear time", async () => {
    // 3,000 `-` overflowed the main thread's parser but not a worker's, whose editor answers then
    // took 15 s (fuzz seed 1, input 771568)
    expect((await analyze(`print(${"-".repeat(3000)}1)\n`)).diagnostics.map((d) => [d.code, d.message])).toEqual([["E0004", "3000 signs or `not`s in a row; the limit is 200"]]);
    expect((await analyze(`print(${"- ".repeat(200)}1, ${"not ".repeat(200)}true)\n`)).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // every overload choice tried every pending call again: 5,000 of these took 21 s (input 766470);
    // the count of errors is what is checked here, the time is the campaign's to measure
    const dup = 'check_str = _.first in "aeiou"\n'.repeat(5000);
    expect((await analyze(dup)).diagnostics.filter((d) => d.code === "E0102").length).toBeGreaterThan(0);
  }, 120_000);

  it("fifty warnings never keep an error out: a program with one is not lowered", async () => {
    // 50 W0001 warnings filled the checker's list, the error after them was dropped, and the
    // program was lowered with an unknown call in it: a module that did not validate (fuzz seed 1, input 834600)
    const r = await compile('split("".sha1)\n'.repeat(60) + 'split("".sh1)\n');
    expect(r.wasm).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["E0201"]);
    expect(r.diagnostics.filter((d) => d.severity === "warning").length).toBe(50);
  });

  it("the front end never throws on random token soup", async () => {
    const pieces = ["fn", "main", "f", "(", ")", "[", "]", "x", "=", "==", "if", "else", ":", "while", "for", "in", "\n", "  ", "1", "2.5", '"s"', ".", "_", "=>", ",", "+", "-", "*", "//", "return", "sort", "map", "(x, y)", "#c\n", "'"];
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), async (toks) => {
      const r = await analyze(toks.join(" "));
      expect(Array.isArray(r.diagnostics)).toBe(true);
    }), { numRuns: 300 });
  });
});
