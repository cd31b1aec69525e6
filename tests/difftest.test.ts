// Compiled programs agree with the reference: every shrunk mismatch under tests/difftest/cases/ now
// prints and faults at -O0, -O2 and -O3 as the reference evaluator did when it was found, and a short
// campaign of generated programs with a fixed seed finds no mismatch. The reference itself is checked
// on programs whose output is known.
import { describe, it, expect } from "vitest";
import { compile, load, IdeoFault } from "../compiler/index.js";
import { loadRooms } from "../compiler/blocks/rooms.js";
import { catalog } from "../fuzz/catalog.js";
import { LEVELS, diffProgram, generated } from "../fuzz/diff.js";
import { diffCases, runDiffCampaign } from "../fuzz/difftest.js";
import { evaluate } from "../fuzz/reference.js";
import { source, type Program } from "../fuzz/program.js";

async function outcome(src: string, level: 0 | 1 | 2 | 3): Promise<{ output: string; fault?: string }> {
  const r = await compile(src, { optimize: level, file: "case.ideo" });
  if (!r.wasm) return { output: r.render() };
  let output = "";
  try {
    (await load(r.wasm, { write: (t) => { output += t; } })).main();
    return { output };
  } catch (e) {
    if (e instanceof IdeoFault) return { output, fault: e.fault };
    throw e;
  }
}

describe("difftest regression cases", () => {
  for (const c of diffCases()) {
    it(`${c.file}: was ${c.kind}`, async () => {
      for (const level of LEVELS) expect(await outcome(c.source, level as 0 | 2 | 3), `-O${level}`).toEqual(c.expected);
    }, 60_000);
  }
});

describe("the generator and the reference", async () => {
  const cat = catalog(await loadRooms());

  it("make the same program from the same seed and index", () => {
    expect(source(generated(cat, 9, 4))).toBe(source(generated(cat, 9, 4)));
    expect(source(generated(cat, 9, 4))).not.toBe(source(generated(cat, 9, 5)));
  });

  it("the reference wraps ints, floors like Python, reads strings by code point and faults", () => {
    const INT = { kind: "int" } as const, STR = { kind: "str" } as const, FLOAT = { kind: "float" } as const;
    const lit = (t: typeof INT | typeof STR | typeof FLOAT, v: bigint | string | number) => ({ op: "lit" as const, t, v });
    const p: Program = {
      fns: [],
      main: [
        { s: "print", args: [{ op: "bin", t: INT, o: "+", l: lit(INT, 2n ** 63n - 1n), r: lit(INT, 1n) }, { op: "bin", t: INT, o: "//", l: lit(INT, -7n), r: lit(INT, 2n) }, { op: "bin", t: FLOAT, o: "//", l: lit(FLOAT, 7.5), r: lit(FLOAT, 0.1) }] },
        { s: "print", args: [{ op: "index", t: STR, x: lit(STR, "😀é"), i: lit(INT, -1n) }, { op: "slice", t: STR, x: lit(STR, "héllo"), lo: lit(INT, 1n), hi: lit(INT, 3n) }] },
        { s: "print", args: [{ op: "bin", t: INT, o: "%", l: lit(INT, 1n), r: lit(INT, 0n) }] },
      ],
    };
    expect(evaluate(p, cat)).toEqual({ output: "-9223372036854775808 -4 74.0\né él\n", fault: "divzero" });
  });

  it("make records, read and write their fields, and agree with the compiled programs on them", async () => {
    const made: number[] = [];
    for (let i = 0; made.length < 4 && i < 200; i++) {
      const p = generated(cat, 20261207, i);
      const text = source(p);
      if (!p.records || !/\bRec\(/.test(text.slice(text.indexOf("\n"))) || !/\.g\d/.test(text)) continue;
      made.push(i);
      expect(await diffProgram(p, cat), text).toEqual({ verdict: "same" });
    }
    expect(made.length).toBe(4);
  }, 180_000);
});

describe("a short differential campaign", () => {
  it("seed 20261207, programs 0..29: no mismatch", async () => {
    const r = await runDiffCampaign({ seed: 20261207, from: 0, count: 30, workers: 1, save: false });
    expect(r.programs).toBe(30);
    expect(r.mismatches).toEqual([]);
    expect(r.same).toBeGreaterThan(25);
  }, 180_000);
});
