// The feature corpus (examples/features/<name>/): every representation of every feature — Ideo,
// Python, TypeScript, C and WebAssembly text — runs against the feature's shared tests.json.
// The Ideo solution's signature gives the types every other representation is read by.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, load, readSignatures } from "../compiler/index.js";
import { parseType } from "../compiler/types.js";
import { FILES, Feature, Outcome, SUPPORT_DIR, Sig, discover, limiter, mismatches, parseOutcomes, run, source } from "./support/features/corpus.js";
import { runC } from "./support/features/c.js";
import { runWat } from "./support/features/wat.js";
import { runTs, typecheck } from "./support/features/typescript.js";
import { requireCommand } from "./support/external.js";

const LANGS = ["ideo", "python", "typescript", "c", "wat"] as const;
type Lang = (typeof LANGS)[number];

const features = discover();
/** The Python and C representations need their toolchains; without them those tests skip (outside CI). */
const toolchain: Partial<Record<Lang, boolean>> = {
  python: requireCommand("python3", "install Python 3 (Debian: apt-get install python3) to run the Python representations").present,
  c: requireCommand("gcc", "install gcc (Debian: apt-get install gcc libc6-dev) to run the C representations").present,
};
const runs = (lang: Lang) => toolchain[lang] ?? true;
const tmp = mkdtempSync(join(tmpdir(), "ideo-features-"));
const limit = limiter();

interface Compiled { sig?: Sig; ideo: Outcome[] }
const compiled = new Map<string, Promise<Compiled>>();
const outcomes = new Map<string, Promise<Outcome[]>>();

/** Compile the Ideo solution once: its signature types the other representations. */
function ideo(f: Feature): Promise<Compiled> {
  if (!compiled.has(f.name)) {
    compiled.set(f.name, (async () => {
      const r = await compile(source(f, "feature.ideo"), { file: `examples/features/${f.name}/feature.ideo` });
      if (!r.wasm) return { ideo: f.cases.map(() => ({ error: r.render() })) };
      const s = readSignatures(r.wasm)[f.fn];
      if (!s) return { ideo: f.cases.map(() => ({ error: `feature.ideo defines no function ${f.fn}` })) };
      const sig = { params: s.params.map((p) => parseType(p)!), result: parseType(s.result)! };
      const ex = await load(r.wasm);
      return {
        sig,
        ideo: f.cases.map((c) => {
          try { return { ok: ex[f.fn](...c.args) }; } catch (e) { return { error: (e as Error).message }; }
        }),
      };
    })().catch((e: Error) => ({ ideo: f.cases.map(() => ({ error: e.message })) })));
  }
  return compiled.get(f.name)!;
}

function outcome(f: Feature, lang: Lang): Promise<Outcome[]> {
  const key = `${f.name}/${lang}`;
  if (!outcomes.has(key)) {
    const dir = join(tmp, f.name);
    const args = JSON.stringify(f.cases.map((c) => c.args));
    outcomes.set(key, (async () => {
      const { sig, ideo: ideoOutcomes } = await ideo(f);
      switch (lang) {
        case "ideo": return ideoOutcomes;
        case "python": return parseOutcomes(await limit(() => run("python3", [join(SUPPORT_DIR, "python_driver.py"), join(f.dir, "feature.py"), f.fn], args)), f.cases.length);
        case "typescript": return limit(() => runTs(source(f, "feature.ts"), f.fn, f.cases, dir));
        case "c": return sig ? limit(() => runC(join(f.dir, "feature.c"), f.fn, sig, f.cases, dir)) : f.cases.map(() => ({ error: "no Ideo signature" }));
        case "wat": return sig ? runWat(source(f, "feature.wat"), f.fn, sig, f.cases) : f.cases.map(() => ({ error: "no Ideo signature" }));
      }
    })().catch((e: Error) => f.cases.map(() => ({ error: e.message }))));
  }
  return outcomes.get(key)!;
}

beforeAll(() => {
  // start everything at once; each test awaits its own share
  for (const f of features) for (const lang of LANGS) if (runs(lang)) void outcome(f, lang);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("feature corpus", () => {
  it("every feature has all its representations and at least 4 shared cases", () => {
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) {
      for (const file of FILES) expect(existsSync(join(f.dir, file)), `${f.name}/${file}`).toBe(true);
      expect(f.fn, `${f.name}/tests.json fn`).toBe(f.name);
      expect(f.cases.length, `${f.name}: cases`).toBeGreaterThanOrEqual(4);
      for (const c of f.cases) expect(Array.isArray(c.args) && "expected" in c, `${f.name}: ${JSON.stringify(c)}`).toBe(true);
    }
  });

  it("the TypeScript equivalents type-check under strict", () => {
    expect(typecheck(features.map((f) => join(f.dir, "feature.ts")))).toEqual([]);
  });

  for (const f of features) {
    describe(f.name, () => {
      for (const lang of LANGS) {
        it.skipIf(!runs(lang))(lang, async () => {
          const [{ sig, ideo: first }, got] = await Promise.all([ideo(f), outcome(f, lang)]);
          if (!sig) expect.fail(`the Ideo solution does not compile:\n${"error" in first[0] ? first[0].error : ""}`);
          expect(mismatches(f, sig!, got)).toEqual([]);
        });
      }
    });
  }
});
