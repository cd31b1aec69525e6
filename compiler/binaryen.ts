// The one door to Binaryen. It is loaded lazily, once per process, so commands that never
// build a module (`ideo vocab`, `ideo check` on a parse error) do not pay for it.
import type BinaryenNS from "binaryen";
import { installedAssets } from "./assets.js";
import { packLoc } from "./faults.js";
import { CALL_SITES_SECTION, addCustomSection, encodeCallSites, removeCustomSection } from "./sections.js";

export type Binaryen = typeof BinaryenNS;
export type Module = BinaryenNS.Module;
export type ExpressionRef = number;

let loading: Promise<Binaryen> | undefined;

let loaded: Binaryen | undefined;

export function binaryen(): Promise<Binaryen> {
  loading ??= (installedAssets()?.binaryen?.() ?? import("binaryen")).then((m) => (loaded = m.default));
  return loading;
}

/** Binaryen, if a `binaryen()` call has finished loading it. */
export function loadedBinaryen(): Binaryen | undefined {
  return loaded;
}

/** Features every Ideo module uses: all are in Node 20's engine. */
export function features(b: Binaryen): number {
  const F = b.Features;
  return F.MutableGlobals | F.BulkMemory | ((F as unknown as Record<string, number>).BulkMemoryOpt ?? 0) | F.SIMD128 | F.SignExt | F.NontrappingFPToInt | F.Multivalue;
}

export function newModule(b: Binaryen): Module {
  const m = new b.Module();
  m.setFeatures(features(b));
  return m;
}

export function readModule(b: Binaryen, bytes: Uint8Array): Module {
  const m = b.readBinary(bytes);
  m.setFeatures(features(b));
  return m;
}

/** Past this many locals in a function, the passes whose time grows faster than the function are
 *  left out: coalesce-locals, which grows with the square of the locals (a main of 5,000 prints, a
 *  local each, took three minutes), and level 2's ssa-nomerge, precompute-propagate and rse, which
 *  follow every local through every branch: a loop of 301 string comparisons (2,431 locals) took
 *  17.8 s at -O2 (fuzz seed 1, input 343261), 4,000 loops of `t += i * k` 36.6 s; at level 1 without
 *  coalesce-locals, 1.6 s and 6.5 s. No function written by hand comes near. */
const LARGE_FUNCTION_LOCALS = 2000;
/** Past this many, the passes left still grow faster than the function (10,000 loops: 19 s): such a
 *  module is emitted as lowered, correct but unoptimized. */
const UNOPTIMIZED_PAST_LOCALS = 16000;
/** Past this many statements in a function's body, the simplify-locals passes are left out: they
 *  sink each set into the next read, and a chain of sets of one local (`x = x + i` 20,000 times)
 *  took them 33 s; without them the function takes 4 s at -O2 (npm run bench:scale, statements). */
const LONG_FUNCTION_STATEMENTS = 5000;
/** The same passes are left out past this many assignments in one block of the source, a loop's
 *  body as much as a function's: sinking a chain of sets nests each value in the next, and the
 *  passes after it recurse through the nesting. 700 statements `b = (b + a) % 255` in a loop body
 *  overflowed binaryen.js's stack at -O2 and 500 took 5.3 s (fuzz seed 1, inputs 619882 and
 *  624491); without sinking, 5,000 take 3.4 s. */
const LONG_SET_RUN = 150;
const SIMPLIFY_LOCALS = ["simplify-locals", "simplify-locals-nostructure", "simplify-locals-notee", "simplify-locals-notee-nostructure", "simplify-locals-nonesting"];

/** The statements of a block (binaryen.js has Block.getNumChildren; its typings do not). */
function statementsOf(b: Binaryen, block: number): number {
  return (b as unknown as { Block: { getNumChildren(e: number): number } }).Block.getNumChildren(block);
}

/** Optimize at a level: 0 none, 1-3 speed, "s"/"z" size. Settings are global in binaryen.js, so set
 *  each time. `setsInOneBlock`: the most assignments one block of the source has (LONG_SET_RUN). */
export function optimize(b: Binaryen, m: Module, level: 0 | 1 | 2 | 3 | "s" | "z", setsInOneBlock = 0): void {
  if (level === 0) return;
  let mostLocals = 0, mostStatements = 0;
  for (let i = 0; i < m.getNumFunctions(); i++) {
    const f = b.getFunctionInfo(m.getFunctionByIndex(i));
    mostLocals = Math.max(mostLocals, f.vars.length);
    if (f.body && b.getExpressionId(f.body) === b.BlockId) mostStatements = Math.max(mostStatements, statementsOf(b, f.body));
  }
  if (mostLocals > UNOPTIMIZED_PAST_LOCALS) return;
  const large = mostLocals > LARGE_FUNCTION_LOCALS;
  if (large && typeof level === "number") level = 1;
  b.setOptimizeLevel(typeof level === "number" ? level : 2);
  b.setShrinkLevel(level === "s" ? 1 : level === "z" ? 2 : 0);
  b.setDebugInfo(true);
  // -Os and -Oz keep level 2 for size; their slow passes are skipped one by one
  if (large) for (const pass of ["coalesce-locals", "rse", "ssa-nomerge", "precompute-propagate"]) b.addPassToSkip(pass);
  if (mostStatements > LONG_FUNCTION_STATEMENTS || setsInOneBlock > LONG_SET_RUN) for (const pass of SIMPLIFY_LOCALS) b.addPassToSkip(pass);
  try {
    if (level === 3) optimizeHarder(b, m);
    else m.optimize();
    if (level === 2) inlineSmall(b, m);
  } finally {
    b.clearPassesToSkip();
  }
}

/** -O3: Binaryen's O3 with an inliner that also takes functions with loops, up to 60 nodes, then
 *  the whole pipeline again over what inlining exposed. The kernels compile in about 1.5 times -O2's time;
 *  measured against -O2 (both builds in one process, interleaved, best of 15): sort 126 → 109 ms,
 *  collatz 168 → 150, fannkuch 27.9 → 25.0, the other kernels within noise. */
function optimizeHarder(b: Binaryen, m: Module): void {
  b.setFlexibleInlineMaxSize(60);
  b.setAllowInliningFunctionsWithLoops(true);
  try {
    m.optimize();
    m.optimize();
  } finally {
    b.setFlexibleInlineMaxSize(20); // Binaryen's defaults: other levels (and other callers) expect them
    b.setAllowInliningFunctionsWithLoops(false);
  }
}

/** Binaryen's O2 inlines a function only where it has one caller or is two nodes long, so a small
 *  function called from several places (a user's `a(i, j) = …`, a block like `min`, the runtime's
 *  `rt_str_eq`) stayed a call in every loop that used it: the call cost spectralnorm three times its
 *  time and levenshtein half of its. So -O2 ends with one more inlining round under O3's rule
 *  (up to 20 nodes, no loop, no call but a trivial one, any number of callers), which reoptimizes
 *  only the functions it inlined into: the speed of O3 at little of its compile time. */
function inlineSmall(b: Binaryen, m: Module): void {
  b.setOptimizeLevel(3);
  try { m.runPasses(["inlining-optimizing", "remove-unused-module-elements"]); } finally { b.setOptimizeLevel(2); }
}

/** The module's bytes, with a custom section mapping the code offset of each call that carries a
 *  source position (lower/program.ts) to that position. Binaryen writes the positions as a source
 *  map; its offsets are the engine's too, since only custom sections after the code change. */
export function emitWithCallSites(m: Module): Uint8Array {
  const { binary, sourceMap } = m.emitBinary("ideo.map") as unknown as { binary: Uint8Array; sourceMap: string };
  const sites: [number, number][] = [];
  const mappings: string = JSON.parse(sourceMap).mappings ?? "";
  let offset = 0, line = 0, col = 0;
  for (const segment of mappings.split(",")) {
    if (!segment) continue;
    const f = vlq(segment);
    offset += f[0];
    if (f.length < 4) continue; // the end of a mapped range
    line += f[2];
    col += f[3];
    sites.push([offset, packLoc(line + 1, col)]);
  }
  return addCustomSection(removeCustomSection(binary, "sourceMappingURL"), CALL_SITES_SECTION, encodeCallSites(sites));
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The signed numbers of one source-map segment (base64 VLQ). */
function vlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0, shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value % 2 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return out;
}
