// How relevant each block is to a query or a task: the words of a block's name, aliases, doc and
// examples (lightly stemmed), Okapi BM25 over them for a task's description, and how common each
// block is in the example programs (the registry's usage, counted by the build without the blind
// benchmark's frozen test slice). search_blocks and the card (cli/card.ts) rank with these.
import type { BlockInfo, Registry } from "../compiler/blocks/registry.js";

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

export type Bm25 = (b: BlockInfo, task: string[]) => number;
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
export function inverseFrequency(registry: Registry): Bm25 {
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

/** Categories in the order a card lists them and keeps them under a budget: the everyday ones first. */
export const CATEGORY_ORDER = ["sequences", "strings", "functional", "math", "numbers", "stats", "sets", "search", "format",
  "encoding", "bits", "hashing", "dates", "random", "matrix", "geometry", "graphs", "dp"];

export const categoryRank = (c: string) => { const i = CATEGORY_ORDER.indexOf(c); return i < 0 ? CATEGORY_ORDER.length : i; };

export interface Ranking {
  /** Every block, most relevant first. */
  ranked: BlockInfo[];
  /** How well each block's words answer the task's (BM25; 0 for all without a task). */
  task: Map<BlockInfo, number>;
}

const bm25s = new WeakMap<Registry, Bm25>();

/** The weight of how common a block is against its overlap with the task: 3 lists the blocks MBPP
 *  solutions call with a signature most often (npm run recall, the frozen test slice left out). */
const PRIOR = 3;
/** A block the task names (by its name or an alias, as a word of its own) comes before any the task
 *  only suggests: someone who writes "sha256" wants sha256 on the card, however rare it is. */
const NAMED = 100;
const TS_TYPES = /(:|=>)\s*(any|string|number|boolean|bigint|undefined|null|object)\b/g;

/** The blocks ranked for a task: BM25 overlap of its words with the block's, plus how common the
 *  block is in the example programs, then everyday categories first; a block the task names first of all. `leaveOut` is the text of an
 *  example program whose words do not count (a measurement ranking the task it solves must not see
 *  its answer). */
export function rankBlocks(registry: Registry, task: string | undefined, leaveOut?: string): Ranking {
  let bm25 = bm25s.get(registry);
  if (!bm25) bm25s.set(registry, (bm25 = inverseFrequency(registry)));
  const words = [...new Set(wordsOf(task ?? ""))];
  const own = new Set(leaveOut?.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  const uses = (word: string) => (registry.usage.get(word) ?? 0) - (own.has(word) ? 1 : 0);
  const common = (b: BlockInfo) => Math.max(uses(b.name), ...(b.def.aliases ?? []).map(uses));
  // a TypeScript type in the task's signature (`xs: any[]`, `s: string`) names no block
  const said = new Set((task ?? "").replace(TS_TYPES, " ").toLowerCase().split(/[^a-z0-9_]+/));
  const named = (b: BlockInfo) => [b.name, ...(b.def.aliases ?? [])].some((n) => said.has(n.toLowerCase()));
  const scores = new Map(registry.blocks.map((b) => [b, overlapScore(b, words, bm25!) + (named(b) ? NAMED : 0)]));
  const ranked = registry.blocks
    .map((b) => ({ b, rel: scores.get(b)! + PRIOR * Math.log1p(Math.max(0, common(b))) }))
    .sort((x, y) => y.rel - x.rel || categoryRank(x.b.category) - categoryRank(y.b.category) || x.b.name.localeCompare(y.b.name))
    .map((x) => x.b);
  return { ranked, task: scores };
}
