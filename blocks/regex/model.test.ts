// The engine model (_engine.ts) against the JavaScript RegExp, on many more cases than the property
// tests run, and the syntax checks of the subset on the patterns JavaScript (u flag) also rejects.
import fc from "fast-check";
import { describe, it, expect } from "vitest";
import { Fault } from "../block.js";
import { gen } from "../../tests/support/proptest.js";
import { subject, pattern, MALFORMED, PATHOLOGICAL } from "./_args.js";
import { findallOf, matchesOf, searchOf, spansOf, subOf } from "./_util.js";
import { MODE_ALL, MODE_FIRST, MODE_FULL, budgetOf, compile, run } from "./_engine.js";
import { binaryen, newModule } from "../../compiler/binaryen.js";
import { loadRooms } from "../../compiler/blocks/rooms.js";
import { closure, templateLoader } from "../../compiler/blocks/source.js";
import { link } from "../../compiler/link/link.js";
import { IdeoFault, instantiate } from "../../compiler/host/instance.js";
import { fromWasm, toWasm } from "../../compiler/host/values.js";

/** The search template (with the spans engine), linked alone from the room's source. */
async function searchTemplate(): Promise<(s: string, re: string) => boolean | string> {
  const templates = await closure(templateLoader(await loadRooms()), "search");
  const b = await binaryen();
  const m = newModule(b);
  link(b, m, { roots: ["search"], load: (n) => templates.get(n)! });
  m.addFunctionExport("search", "run");
  for (const f of ["rt_alloc", "rt_mark", "rt_reset"]) m.addFunctionExport(f, f);
  const wasm = m.emitBinary();
  m.dispose();
  const host = await instantiate(wasm, { write: () => {} });
  const str = { kind: "str" } as const;
  return (s, re) => host.scoped(() => {
    try {
      return fromWasm(host.memory, { kind: "bool" }, (host.exports.run as any)(toWasm(host, str, s), toWasm(host, str, re))) as boolean;
    } catch (e) {
      if (e instanceof IdeoFault) return e.fault;
      throw e;
    }
  });
}

const fault = (f: () => unknown) => { try { f(); return undefined; } catch (e) { if (e instanceof Fault) return e.fault; throw e; } };

describe("regex engine model", () => {
  it("agrees with RegExp on generated patterns", () => {
    // a generated pattern can backtrack exponentially (nested quantifiers over groups that match
    // the empty string); past the step budget the blocks fault, as documented. Such a case must be
    // the budget, not a rejected pattern, and must stay rare.
    const enc = new TextEncoder();
    const outOfSteps = (s: string, re: string) => {
      const prog = compile(enc.encode(re));
      return !!prog && [MODE_FIRST, MODE_ALL, MODE_FULL].some((mode) => run(prog, enc.encode(s), mode) === "budget");
    };
    let exhausted = 0;
    fc.assert(fc.property(subject(gen), pattern(gen, 3), (s: string, re: string) => {
      if (outOfSteps(s, re)) { exhausted++; return; }
      for (const f of [spansOf, findallOf, searchOf, matchesOf]) expect(fault(() => f(s, re))).toBeUndefined();
      expect(fault(() => subOf(s, re, "<>"))).toBeUndefined();
    }), { numRuns: 5000 });
    expect(exhausted).toBeLessThan(25);
  });
  it("rejects malformed patterns", () => {
    for (const re of MALFORMED) expect(fault(() => searchOf("abc", re)), re).toBe("argument");
  });
  it("runs out of steps on pathological patterns", () => {
    for (const [re, s] of PATHOLOGICAL) expect(fault(() => searchOf(s, re)), re).toBe("argument");
  });
  it("counts the steps of the template: both stop at the same step", async () => {
    // (a|aa)*c on 26 a's takes 1 085 095 steps past the budget of 26 bytes; each x after them
    // costs 7 steps and adds 100 to the budget, each é 7 steps and 200: these two subjects take
    // exactly the budget, and one step more
    const enc = new TextEncoder();
    const prog = compile(enc.encode("(a|aa)*c"))!;
    const search = await searchTemplate();
    for (const [m, p, over] of [[11566, 49, 0], [11649, 9, 1]]) {
      const s = "a".repeat(26) + "x".repeat(m) + "é".repeat(p);
      const info: { steps?: number; budget?: number } = { budget: 1e12 };
      run(prog, enc.encode(s), MODE_FIRST, info);
      expect(info.steps! - budgetOf(enc.encode(s).length)).toBe(over);
      expect(search(s, "(a|aa)*c")).toBe(over ? "argument" : false);
    }
  });
});
