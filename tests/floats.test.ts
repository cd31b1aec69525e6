// Floats follow Python where the docs say they do: `//` and `%` (floor division and a remainder with
// the divisor's sign, exact, as CPython computes them) and printing (repr: the shortest digits that
// round-trip, 1e+16 and 1e-05 past the positional range). Checked against python3 itself on values
// generated from a fixed seed: edge cases, powers of ten, eighths, and doubles from random bits.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { compile, load } from "../compiler/index.js";
import { requireCommand } from "./support/external.js";
import { random } from "../fuzz/random.js";
import { showFloat } from "../blocks/format/str.js";

const python = requireCommand("python3", "install Python 3 (Debian: apt-get install python3) to compare floats with Python's");

const EDGES = [0.1, 0.5, 1, 3, 7.5, 1e16, 1e15, 9999999999999998, 0.0001, 0.00001, 1e-7, 1.5e-7, 123456789012345678, 1e22, 1e21, 1e308, 5e-324, 2.5e-308, 2 ** 53, 2 ** 53 + 2, 0.3, 2 / 3];

/** Finite, nonzero doubles of every magnitude, both signs. */
function values(n: number, seed: number): number[] {
  const r = random(seed);
  const out: number[] = [...EDGES, ...EDGES.map((x) => -x)];
  const bits = new DataView(new ArrayBuffer(8));
  while (out.length < n) {
    const k = r.int(4);
    let x: number;
    if (k === 0) x = r.range(-4000, 4000) / 8;
    else if (k === 1) x = 10 ** r.range(-12, 24) * (r.chance(0.5) ? 1 : -1) * (1 + r.int(9));
    else {
      // random bits, exponents kept away from the edges so products stay finite
      bits.setUint32(0, (r.int(0x7fe) << 20) | r.int(1 << 20));
      bits.setUint32(4, r.int(2 ** 32));
      x = bits.getFloat64(0);
      if (r.chance(0.5)) x = -x;
    }
    if (Number.isFinite(x) && x !== 0) out.push(x);
  }
  return out;
}

/** A float literal both languages read as exactly x: its repr (the lexer takes 1e-05, 1.5e+16). */
const literal = (x: number) => showFloat(x);

describe.skipIf(!python.present)("floats against python3", () => {
  const xs = values(600, 20261207);
  const pairs = xs.map((a, i) => [a, xs[(i * 7 + 3) % xs.length]] as const);

  it("repr, // and % give what Python gives", async () => {
    const lines = pairs.map(([a, b]) => `print(${literal(a)}, ${literal(a)} // ${literal(b)}, ${literal(a)} % ${literal(b)})`);
    const source = `fn main\n${lines.map((l) => `  ${l}\n`).join("")}`;
    const r = await compile(source, { file: "floats.ideo" });
    expect(r.render()).toBe("");
    let ideo = "";
    (await load(r.wasm!, { write: (t) => { ideo += t; } })).main();
    const py = execFileSync("python3", ["-c", lines.join("\n")], { encoding: "utf8" });
    const mismatches = ideo.split("\n").map((line, i) => [line, py.split("\n")[i]]).filter(([a, b]) => a !== b);
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 120_000);

  it("the str block's oracle writes floats as Python's repr does", () => {
    const py = execFileSync("python3", ["-c", `for x in [${xs.map(literal).join(", ")}]: print(repr(x))`], { encoding: "utf8" }).trim().split("\n");
    expect(xs.map(showFloat).filter((s, i) => s !== py[i])).toEqual([]);
  });

  it("// and % by a float zero fault like the ints'", async () => {
    const ideo = await load("fd(a: float, b: float) = a // b\nfm(a: float, b: float) = a % b", { write: () => {}, file: "z.ideo" });
    expect(() => ideo.fd(1, 0)).toThrow("division by zero at z.ideo:1:26");
    expect(() => ideo.fm(1, -0)).toThrow("division by zero at z.ideo:2:26");
  });
});
