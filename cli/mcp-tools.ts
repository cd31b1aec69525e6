// The services behind `ideo mcp`, free of the protocol: each tool takes plain arguments and gives a
// ToolOutput (text for the model, structured data for clients) or throws a ToolError. cli/mcp.ts
// registers them with the MCP SDK; tests can call them directly.
import { BlockInfo, loadRegistry, Registry } from "../compiler/blocks/registry.js";
import { analyze } from "../compiler/frontend.js";
import { compile, readSignatures, OptLevel } from "../compiler/index.js";
import { closest, Diagnostic, JsonDiagnostic, LineMap, render, toJson } from "../compiler/diagnostics.js";
import { countTokens as countWith, type TokenizerName } from "../compiler/tokens/count.js";
import { ROOT } from "../compiler/paths.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { blockJson, signatureText } from "./vocab.js";
import { Runner, RunReply } from "./mcp-worker.js";

/** A failure the model should see and can act on; becomes a tool result with isError. */
export class ToolError extends Error {
  constructor(message: string, readonly data?: Record<string, unknown>) {
    super(message);
    this.name = "ToolError";
  }
}

export interface ToolOutput {
  /** What the model reads. */
  text: string;
  /** The same, as an object, for clients that use structuredContent. */
  data?: Record<string, unknown>;
  isError?: boolean;
}

/** Program names shown in diagnostics and fault messages. */
const FILE = "<input>";

// ---------------------------------------------------------------- relevance

const STOPWORDS = new Set("a an and are as at be by each for from in into is it its of on or than that the this to with".split(" "));

/** Lowercase words of a text with a light stemming, so `sorted`, `sorting` and `sorts` meet `sort`. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOPWORDS.has(w)).map(stem);
}

function stem(w: string): string {
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

interface BlockWords { name: Set<string>; aliases: Set<string>; doc: Set<string>; examples: string }

const wordCache = new WeakMap<BlockInfo, BlockWords>();

function blockWords(b: BlockInfo): BlockWords {
  let w = wordCache.get(b);
  if (!w) {
    w = {
      name: new Set([stem(b.name), ...wordsOf(b.name.replace(/_/g, " "))]),
      aliases: new Set((b.def.aliases ?? []).flatMap((a) => [stem(a.toLowerCase()), ...wordsOf(a)])),
      doc: new Set(wordsOf(b.def.doc)),
      examples: b.def.examples.map((e) => e.code).join(" ").toLowerCase(),
    };
    wordCache.set(b, w);
  }
  return w;
}

/** How well a block answers a search query: whole-name and alias matches first, then words. */
export function searchScore(b: BlockInfo, query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  const aliases = (b.def.aliases ?? []).map((a) => a.toLowerCase());
  let score = 0;
  if (b.name === q) score += 1000;
  else if (aliases.includes(q)) score += 900;
  else if (q.length >= 2 && b.name.startsWith(q)) score += 500;
  else if (q.length >= 2 && aliases.some((a) => a.startsWith(q))) score += 400;
  else if (q.length >= 3 && b.name.includes(q)) score += 300;
  else if (q.length >= 3 && aliases.some((a) => a.includes(q))) score += 250;
  const w = blockWords(b);
  for (const word of new Set(wordsOf(q))) {
    if (w.name.has(word)) score += 60;
    else if (w.aliases.has(word)) score += 40;
    if (b.category === word || stem(b.category) === word) score += 20;
    if (w.doc.has(word)) score += 10;
    if (w.examples.includes(word)) score += 3;
  }
  return score;
}

/** Relevance of a block to a task description: Okapi BM25 over a document made of the block's name
 *  (weighted 3), aliases (2), doc and example code (1). */
export function overlapScore(b: BlockInfo, task: string[], bm25: Bm25 = defaultBm25): number {
  return bm25(b, task);
}

type Bm25 = (b: BlockInfo, task: string[]) => number;
const defaultBm25: Bm25 = (b, task) => { const w = blockWords(b); return task.reduce((s, q) => s + (w.name.has(q) ? 3 : 0) + (w.aliases.has(q) ? 2 : 0) + (w.doc.has(q) ? 1 : 0), 0); };

function termCounts(b: BlockInfo): Map<string, number> {
  const w = blockWords(b);
  const tf = new Map<string, number>();
  const add = (word: string, k: number) => tf.set(word, (tf.get(word) ?? 0) + k);
  w.name.forEach((x) => add(x, 3));
  w.aliases.forEach((x) => add(x, 2));
  for (const x of wordsOf(b.def.doc)) add(x, 1);
  for (const x of wordsOf(w.examples)) add(x, 1);
  return tf;
}

/** BM25 with k1 = 1.2, b = 0.75 over the registry's blocks. */
function inverseFrequency(registry: Registry): Bm25 {
  const docs = new Map(registry.blocks.map((b) => [b, termCounts(b)]));
  const len = (tf: Map<string, number>) => [...tf.values()].reduce((a, x) => a + x, 0);
  const avg = [...docs.values()].reduce((a, tf) => a + len(tf), 0) / Math.max(1, docs.size);
  const df = new Map<string, number>();
  for (const tf of docs.values()) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const n = docs.size, k1 = 1.2, bb = 0.75;
  return (block, task) => {
    const tf = docs.get(block) ?? termCounts(block);
    const dl = len(tf);
    let score = 0;
    for (const q of task) {
      const f = tf.get(q) ?? 0;
      if (!f) continue;
      const d = df.get(q) ?? 0;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      score += (idf * f * (k1 + 1)) / (f + k1 * (1 - bb + (bb * dl) / avg));
    }
    return score;
  };
}

let usage: Map<string, number> | undefined;

/** In how many of the example programs (examples/**\/*.ideo) each word occurs: how common a block is in
 *  practice, the card's order of preference when no task is given. */
function usageCounts(): Map<string, number> {
  if (usage) return usage;
  usage = new Map();
  const walk = (dir: string): string[] => {
    let out: string[] = [];
    try {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) out = out.concat(walk(join(dir, e.name)));
        else if (e.name.endsWith(".ideo")) out.push(join(dir, e.name));
      }
    } catch { /* no examples: every block is equally common */ }
    return out;
  };
  for (const f of walk(join(ROOT, "examples"))) {
    let text = "";
    try { text = readFileSync(f, "utf8"); } catch { continue; }
    for (const id of new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])) usage.set(id, (usage.get(id) ?? 0) + 1);
  }
  return usage;
}

/** Categories in the order a card lists them and keeps them under a budget: the everyday ones first. */
export const CATEGORY_ORDER = ["sequences", "strings", "functional", "math", "numbers", "stats", "sets", "search", "format",
  "encoding", "bits", "hashing", "dates", "random", "matrix", "geometry", "graphs", "dp"];

const categoryRank = (c: string) => { const i = CATEGORY_ORDER.indexOf(c); return i < 0 ? CATEGORY_ORDER.length : i; };

// ---------------------------------------------------------------- search_blocks, explain_block

function summary(b: BlockInfo) {
  const ex = b.def.examples[0];
  return { name: b.name, aliases: b.def.aliases ?? [], category: b.category, signature: signatureText(b), doc: b.def.doc, example: ex?.code, result: ex?.result };
}

export const SEARCH_LIMIT = 10;
export const SEARCH_MAX = 50;

export async function searchBlocks(query: string, limit = SEARCH_LIMIT): Promise<ToolOutput> {
  const registry = await loadRegistry();
  const n = Math.max(1, Math.min(SEARCH_MAX, Math.floor(limit)));
  const ranked = registry.blocks
    .map((b) => ({ b, score: searchScore(b, query) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.b.name.localeCompare(y.b.name));
  const blocks = ranked.slice(0, n).map((x) => summary(x.b));
  const data: Record<string, unknown> = { query, count: blocks.length, more: Math.max(0, ranked.length - blocks.length), blocks };
  if (!blocks.length) {
    const near = closest(query.trim().toLowerCase(), [...registry.names(), ...registry.aliases()]);
    data.hint = `no block matches '${query}'${near.length ? ` — did you mean ${near.map((s) => `'${s}'`).join(", ")}?` : ""}; try other words, or prompt_card for the whole vocabulary`;
  }
  return { text: json(data), data };
}

export async function explainBlock(name: string): Promise<ToolOutput> {
  const registry = await loadRegistry();
  const b = registry.get(name.trim());
  if (!b) throw new ToolError(unknownBlock(registry, name.trim()));
  const data: Record<string, unknown> = {
    ...blockJson(b),
    ...(registry.isAlias(name.trim()) ? { aliasOf: `'${name.trim()}' is an alias of '${b.name}'` } : {}),
    test: `npx vitest run blocks/${b.category} -t "${b.name}_"`,
  };
  return { text: json(data), data };
}

function unknownBlock(registry: Registry, name: string): string {
  const near = closest(name.toLowerCase(), [...registry.names(), ...registry.aliases()]);
  if (near.length) return `no block '${name}' — did you mean ${near.map((s) => `'${s}'`).join(", ")}?`;
  const related = registry.blocks
    .map((b) => ({ b, score: searchScore(b, name) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.b.name.localeCompare(y.b.name))
    .slice(0, 5)
    .map((x) => `'${x.b.name}'`);
  return `no block '${name}'${related.length ? `; related blocks: ${related.join(", ")}` : ""} (search_blocks finds blocks by words)`;
}

// ---------------------------------------------------------------- prompt_card

/** The card's version: raised whenever what the card teaches changes, so benchmark runs say which
 *  card a model learned from (run.json in each eval/runs/ folder). */
export const CARD_VERSION = 3;

/** The syntax part of the card, kept whole in every budget: a program in the compact style that
 *  tests/card.test.ts compiles and runs (it must print what its "# prints" line says). */
export const CARD_SYNTAX = `# Ideo: built-in blocks chained with dots (x.f(a) is f(x, a)), compiled to WebAssembly. Write it short:
# no type annotations, one-line definitions and chains; a loop only where no block does the job.
double = _ * 2                                  # a function of \`_\` (_1, _2 for two: area = _1 * _2 / 2)
evens(xs) = xs.filter(_ % 2 == 0)               # name(params) = expr; parameter types are inferred
near(xs, m) = xs.map(abs(_ - m)).min            # \`_\` is the parameter of the nearest block argument (map's)
shout(s) = s.words.map(w => w.upper).join(" ")  # x => e and (a, b) => e are lambdas too
fn grade(n)                                     # an indented body: its last expression is the result
  if n >= 90 and n != 95: "A"                   # and, or, not; elif chains
  elif n >= 80 or n < 0: "B"
  else: "C"
fn firsts(xs, limit)                            # a loop, for what no block does
  out = []                                      # [] and {} take their types from use
  seen = {}
  for x in xs
    if x > limit: return out                    # return leaves early; the last line needs none
    if not (x in seen): out += [x]              # \`in\`/\`not in\`: arrays, substrings, map keys
    seen[x] = true                              # m[k] = v and xs[i] = v write in place
  out
rev(s: str) = s[::-1]                           # annotate only what use leaves open (string or array?)
unique(l) = l.unique.sort                       # a block's name is yours to take; x.unique inside is the block
ints(xs) = xs.count(_.isint)                    # mixed kinds are any: x.isint x.int x.list
print(double(4), evens([1, 2, 4]), near([1, 5], 4), shout("hi yo"), grade(85), firsts([3, 1, 3, 9, 2], 5), rev("ab"), unique([2, 1, 2]), ints([1, "a"]))
# prints 8 [2, 4] 1 HI YO B [3, 1] ba [1, 2] 1
# types: int (64-bit), float, bool, str, [T], tuples (1, "a") with p.0 p.1, maps {K: V}, T? (null; x ?? default)
# / gives float, // and % floor, ** power, & | ^ << >> ~ on ints, + joins strings/arrays, == compares values
# xs[i] xs[-1] xs[1:3] xs[:k] xs[::-1]; a..b is range(a, b + 1); [x * x for x in xs if x > 0]; {k: v for …}
# every top-level function is exported to JS: numbers, strings, arrays, tuples as arrays, maps as objects, null as undefined
# blocks by category: signature — doc (T, U: any element type)
`;

const moreLine = (n: number) => `# ${n} more blocks: find them with search_blocks, read one with explain_block`;

export async function promptCard(budget?: number, task?: string, tokenizer: TokenizerName = "o200k_base"): Promise<ToolOutput> {
  const countTokens = (text: string) => countWith(text, tokenizer);
  const registry = await loadRegistry();
  const taskWords = [...new Set(wordsOf(task ?? ""))];
  const idf = inverseFrequency(registry);
  const used = usageCounts();
  const common = (b: BlockInfo) => Math.max(used.get(b.name) ?? 0, ...(b.def.aliases ?? []).map((a) => used.get(a) ?? 0));
  // most relevant first: overlap with the task plus how common the block is in the examples, then
  // everyday categories first
  const ranked = registry.blocks
    .map((b) => ({ b, rel: overlapScore(b, taskWords, idf) + Math.log1p(common(b)) }))
    .sort((x, y) => y.rel - x.rel || categoryRank(x.b.category) - categoryRank(y.b.category) || x.b.name.localeCompare(y.b.name))
    .map((x) => x.b);
  const withDoc = new Set(ranked), shown = new Set(ranked);
  const full = (b: BlockInfo) => `${signatureText(b).join(" | ")} — ${shortDoc(b.def.doc)}`;
  const bare = (b: BlockInfo) => signatureText(b).join(" | ");

  const build = (): string => {
    const lines = [CARD_SYNTAX.trimEnd()];
    const cats = [...new Set(registry.blocks.map((b) => b.category))].sort((a, b) => categoryRank(a) - categoryRank(b) || a.localeCompare(b));
    for (const c of cats) {
      const bs = registry.blocks.filter((b) => b.category === c && shown.has(b)).sort((a, b) => a.name.localeCompare(b.name));
      if (!bs.length) continue;
      lines.push(`## ${c}`);
      for (const b of bs) lines.push(withDoc.has(b) ? full(b) : bare(b));
    }
    const hidden = ranked.length - shown.size;
    if (hidden) lines.push(moreLine(hidden));
    return lines.join("\n") + "\n";
  };

  let card = build();
  if (budget !== undefined) {
    // the smallest card: the syntax and a line saying where the blocks are
    const least = countTokens(`${CARD_SYNTAX}${moreLine(ranked.length)}\n`);
    if (least > budget) throw new ToolError(`a budget of ${budget} tokens cannot hold the card's syntax section; it needs at least ${least}`);
    // Estimate with per-line counts (cheap), then confirm with the whole text and keep cutting.
    const lineCost = new Map<string, number>();
    const cost = (s: string) => { let n = lineCost.get(s); if (n === undefined) { n = countTokens(s + "\n"); lineCost.set(s, n); } return n; };
    const estimate = () => build().split("\n").reduce((n, l) => n + cost(l), 0);
    const dropOrder = [...ranked].reverse(); // least relevant first
    let docs = 0, blocks = 0;
    const cut = (): boolean => {
      if (docs < dropOrder.length) { withDoc.delete(dropOrder[docs++]); return true; }
      if (blocks < dropOrder.length) { shown.delete(dropOrder[blocks++]); return true; }
      return false;
    };
    // Coarse steps while far over, single steps near the end.
    let est = estimate();
    while (est > budget) {
      const step = Math.max(1, Math.floor((est - budget) / 40));
      let ok = true;
      for (let i = 0; i < step && ok; i++) ok = cut();
      if (!ok) break;
      est = estimate();
    }
    card = build();
    while (countTokens(card) > budget && cut()) card = build();
  }
  return { text: card };
}

/** The gist of a doc for the card: its first clause (up to a `;` or a sentence end outside brackets),
 *  without asides in parentheses or "like Python's …", at most about 80 characters. */
export function shortDoc(doc: string): string {
  let depth = 0, end = doc.length;
  for (let i = 0; i < doc.length && end === doc.length; i++) {
    const c = doc[i];
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ";" || (c === "." && /\w/.test(doc[i - 1] ?? "") && /^\s+[A-Z]/.test(doc.slice(i + 1))))) end = i;
  }
  const clause = doc.slice(0, end).trim();
  let s = clause;
  // an aside is " (…)" with words in it and no arithmetic: "(like Python's …)", not "(b - a)"
  for (let prev = ""; prev !== s;) {
    prev = s;
    s = s.replace(/\s\(([^()]*)\)/g, (m, inner: string) => (/[A-Za-z]{4,}/.test(inner) && !/\s[-+*/=×<>^−]\s/.test(inner) ? "" : m));
  }
  s = s.replace(/,?\s+like (Python|C|JavaScript)('s)?[^,:;]*/g, "").trim().replace(/(?<!\.)[.,:]$/, "");
  if (!s) s = clause;
  if (s.length > 80) {
    s = s.slice(0, 80).replace(/\s+\S*$/, "").replace(/[\s,:;/+*=−-]+$/, "");
    // do not leave a bracket open
    const open: number[] = [];
    for (let i = 0; i < s.length; i++) {
      if ("([{".includes(s[i])) open.push(i);
      else if (")]}".includes(s[i])) open.pop();
    }
    if (open.length) s = s.slice(0, open[0]).replace(/[\s,:;/+*=−-]+$/, "");
    s += "…";
  }
  return s;
}

// ---------------------------------------------------------------- check, compile, run

function diagnosticsData(diagnostics: Diagnostic[], source: string) {
  const lines = new LineMap(source);
  const list: JsonDiagnostic[] = diagnostics.map((d) => toJson(d, FILE, lines));
  return { ok: !diagnostics.some((d) => d.severity === "error"), diagnostics: list, rendered: render(diagnostics, source, FILE) };
}

export async function checkSource(source: string): Promise<ToolOutput> {
  const { diagnostics } = await analyze(source);
  const data = diagnosticsData(diagnostics, source);
  return { text: json(data), data, isError: !data.ok };
}

export const OPT_LEVELS = [0, 1, 2, 3, "s", "z"] as const;

export async function compileSource(source: string, optimize: OptLevel = 2): Promise<ToolOutput> {
  const r = await compile(source, { file: FILE, optimize });
  if (!r.wasm) {
    const data = diagnosticsData(r.diagnostics, source);
    return { text: json(data), data, isError: true };
  }
  const data = { ok: true, bytes: r.wasm.length, exports: readSignatures(r.wasm), wasmBase64: Buffer.from(r.wasm).toString("base64") };
  return { text: json(data), data };
}

export interface RunLimits {
  /** Wall-clock limit of one run, in milliseconds. */
  timeoutMs: number;
  /** Characters of printed output kept; a program that prints more is stopped. */
  maxOutput: number;
}

export const DEFAULT_LIMITS: RunLimits = { timeoutMs: 5000, maxOutput: 64 * 1024 };

export async function runSource(runner: Runner, source: string, fn?: string, args: unknown[] = [], limits: RunLimits = DEFAULT_LIMITS): Promise<ToolOutput> {
  const r = await compile(source, { file: FILE });
  if (!r.wasm) {
    const data = diagnosticsData(r.diagnostics, source);
    return { text: json(data), data, isError: true };
  }
  const sigs = readSignatures(r.wasm);
  const names = Object.keys(sigs);
  const name = fn ?? "main";
  const sig = sigs[name];
  if (!sig) {
    const list = names.length ? names.map((n) => `${n}(${sigs[n].params.join(", ")})`).join(", ") : "none";
    throw new ToolError(fn === undefined
      ? `the program has no main function; pass fn to call one of: ${list}`
      : `the program exports no function '${name}'; it has: ${list}`);
  }
  if (args.length !== sig.params.length) {
    throw new ToolError(`${name}(${sig.params.join(", ")}) takes ${sig.params.length} argument${sig.params.length === 1 ? "" : "s"}, given ${args.length}`);
  }
  const reply: RunReply = await runner.run({ wasm: r.wasm, source, fn: name, args, file: FILE, maxOutput: limits.maxOutput }, limits.timeoutMs);
  const output = reply.output ?? "";
  switch (reply.kind) {
    case "ok": {
      // a generic export may have run a compile for other argument types, so its default type would mislead
      const data: Record<string, unknown> = { output, result: reply.result === undefined ? null : plain(reply.result), ...(sig.generic ? {} : { type: sig.result }) };
      return { text: json(data), data };
    }
    case "fault":
      throw new ToolError(`runtime fault: ${reply.message}${tail(output)}`, { output });
    case "argument":
      throw new ToolError(`bad argument: ${reply.message}`);
    case "output":
      throw new ToolError(`the program printed more than ${limits.maxOutput} characters and was stopped${tail(output)}`, { output });
    case "timeout":
      throw new ToolError(`the program ran longer than ${limits.timeoutMs} ms and was stopped (an endless loop?)${tail(output)}`, { output });
    default:
      throw new ToolError(`the run failed: ${reply.message}${tail(output)}`, { output });
  }
}

function tail(output: string): string {
  if (!output) return "";
  const shown = output.length > 2000 ? `…${output.slice(-2000)}` : output;
  return `\noutput before it stopped:\n${shown}`;
}

/** JSON-safe values: big integers as decimal strings, non-finite floats as "nan", "inf", "-inf". */
export function plain(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

export function json(v: unknown): string {
  return JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x), 1);
}
