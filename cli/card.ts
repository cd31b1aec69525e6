// The card's blocks section: each block's short doc (shortDoc), and the layout that fits a budget
// (layoutCard). Blocks are shown in three tiers by rank: a signature with its short doc, a signature
// alone, or the name alone on the category's "also:" line; the least relevant leave the card.
import type { BlockInfo, Registry } from "../compiler/blocks/registry.js";
import { showSig } from "../compiler/blocks/signature.js";
import { categoryRank } from "./relevance.js";

/** A block's overloads as the card writes them: overloads that differ only in one parameter's type,
 *  and agree on the result, share a signature with that parameter's types joined by `|`, as
 *  TypeScript writes a union (`len(xs: [T]|str|{K: V}|any) -> int`). The budget spends the tokens
 *  this saves on more signatures. */
export function cardSignatures(b: BlockInfo): string[] {
  const rows: { names: string[]; types: string[][]; result: string }[] = [];
  // the overloads over mixed values (any) go when the block has others: the card's syntax part says
  // that mixed values are any, and they would double many everyday signatures
  const typed = b.sigs.filter((s) => !s.params.some((p) => /\bany\b/.test(showSig(p.type))));
  for (const s of typed.length ? typed : b.sigs) {
    const types = s.params.map((p) => showSig(p.type)), result = showSig(s.result);
    const row = types.length ? rows.find((r) => r.result === result && r.types.length === types.length && mergeAt(r.types, types) >= 0) : undefined;
    const at = row ? mergeAt(row.types, types) : -1;
    if (row) row.types[at].push(types[at]);
    else rows.push({ names: s.params.map((p) => p.name), types: types.map((t) => [t]), result });
  }
  return rows.map((r) => `${b.name}(${r.names.map((n, i) => `${n}: ${r.types[i].join("|")}`).join(", ")}) -> ${r.result}`);
}

/** The one parameter position where `types` differs from a row's (whose other positions have one
 *  type each), or -1. */
function mergeAt(row: string[][], types: string[]): number {
  let at = -1;
  for (let i = 0; i < types.length; i++) {
    if (row[i].length === 1 && row[i][0] === types[i]) continue;
    if (at >= 0 || row[i].includes(types[i])) return -1;
    at = i;
  }
  return at;
}

/** The gist of a doc for the card: its first clause (up to a `;` or a sentence end outside brackets),
 *  without asides in parentheses or "like Python's …", at most about 80 characters, cut only
 *  between phrases. An aside goes only when the clause reads whole without it: a parenthesis that
 *  a preposition introduces ("a map from (key, value) pairs") or that lists a value's parts
 *  ("(year, month, day)") stays, as does anything that looks like code. */
export function shortDoc(doc: string): string {
  const clause = doc.slice(0, topLevelEnd(doc, (c, rest, prev) => c === ";" || (c === "." && /\w/.test(prev) && /^\s+[A-Z]/.test(rest)))).trim();
  let s = clause;
  for (let prev = ""; prev !== s;) {
    prev = s;
    s = s.replace(/(\S*)\s\(([^()]*)\)/g, (m, before: string, inner: string) => (isAside(before, inner) ? before : m));
  }
  // "like Python's xs[::k]" up to the end of its phrase, brackets and all
  for (let at = s.search(/,?\s+like (Python|C|JavaScript|Java|NumPy|R)('s)?\s/); at >= 0; at = s.search(/,?\s+like (Python|C|JavaScript|Java|NumPy|R)('s)?\s/)) {
    const rest = s.slice(at);
    s = s.slice(0, at) + rest.slice(topLevelEnd(rest, (c, _r, _p, i) => i > 0 && (c === "," || c === ":")));
  }
  s = s.trim().replace(/(?<!\.)[.,:]$/, "");
  if (!s) s = clause;
  if (s.length > 80) {
    // the last whole phrase (up to a comma or colon outside brackets) that fits, or a first one a
    // little longer, else whole words without a dangling "of" or "with"
    const ends: number[] = [];
    const phraseEnd = (c: string) => c === "," || c === ":";
    for (let i = topLevelEnd(s, phraseEnd); i < s.length; i = i + 1 + topLevelEnd(s.slice(i + 1), phraseEnd)) ends.push(i);
    const cut = ends.filter((i) => i <= 80).pop() ?? (ends[0] <= 100 ? ends[0] : -1);
    s = cut > 30 ? s.slice(0, cut) : s.slice(0, 80).replace(/\s+\S*$/, "");
    const open = firstUnclosed(s);
    if (open >= 0) s = s.slice(0, open);
    for (let prev = ""; prev !== s;) { prev = s; s = s.replace(/[\s,:;/+*=−-]+$/, "").replace(/\s+(as|from|into|of|the|a|an|to|with|by|and|or|than|in|at|for|which|that)$/i, ""); }
    s += "…";
  }
  return s;
}

const BOUND = new Set("as from into of the a an to with by is are than over at per".split(" "));

/** A parenthesis the clause can drop: prose, not a value's parts, code, or what a preposition needs. */
function isAside(before: string, inner: string): boolean {
  if (!/[A-Za-z]{4,}/.test(inner) || /\s[-+*/=×<>^−]\s/.test(inner) || BOUND.has(before.toLowerCase())) return false;
  const parts = inner.split(", ");
  const listsParts = parts.length >= 2 && !/[;:]/.test(inner) && parts.every((p) => p.trim().split(/\s+/).length <= 3 && !/^(as|like|see|e\.g\.|i\.e\.)\s|'s\s/.test(p.trim()));
  return !listsParts;
}

/** Where a text ends by `stop`, outside brackets and quotes, or at a bracket it does not open; its
 *  length when it never does. */
function topLevelEnd(s: string, stop: (c: string, rest: string, prev: string, i: number) => boolean): number {
  let depth = 0, quote = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) { if (c === quote) quote = ""; continue; }
    if (c === '"' || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) { if (--depth < 0) return i; }
    else if (depth === 0 && stop(c, s.slice(i + 1), s[i - 1] ?? "", i)) return i;
  }
  return s.length;
}

/** The position of the first bracket or quote that the text leaves open, or -1. */
function firstUnclosed(s: string): number {
  const open: number[] = [];
  let quote = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote >= 0) { if (c === s[quote]) quote = -1; continue; }
    if (c === '"' || c === "`") quote = i;
    else if ("([{".includes(c)) open.push(i);
    else if (")]}".includes(c)) open.pop();
  }
  return quote >= 0 ? Math.min(quote, open[0] ?? quote) : open.length ? open[0] : -1;
}

/** How many blocks keep a short doc, and how many a signature, before other cuts are made (chosen
 *  with npm run recall at --budget 2000: card v16 gives a doc to twelve blocks, down to eight, since
 *  blind writers passed over blocks they saw without one; 33 signatures keep 95% of the block uses
 *  of MBPP solutions on the card, 75% with a signature and 36% with a doc). */
const DOCS = { most: 12, least: 8 };
const SIGNATURES = 33;
/** Of the signatures, how many go to the blocks the task's words suggest after those with a doc,
 *  rather than to the most common blocks (npm run recall: more of the rarer blocks solutions call
 *  keep their signature, 51% → 55%). */
const SUGGESTED = 8;

export interface CardLayout {
  /** The syntax part, kept whole. */
  syntax: string;
  registry: Registry;
  /** Every block, most relevant first. */
  ranked: BlockInfo[];
  /** The blocks that most deserve a doc (the task's own), first first. */
  docFirst: BlockInfo[];
  budget?: number;
  count: (text: string) => number;
}

const moreLine = (n: number) => `# ${n} more blocks: find them with search_blocks, read one with explain_block`;

/** The card: the syntax, then each category's blocks — a signature with its short doc, a signature
 *  alone, or the name on the category's "also:" line — then a line counting the blocks left out.
 *  Without a budget every block has its doc. Under a budget the card is cut, least relevant first:
 *  signatures become names (down to 44), docs go (down to 4), names go, then the rest. */
export function layoutCard(l: CardLayout): string {
  const all = l.ranked;
  if (l.budget === undefined) return render(l, new Set(all), new Set(all), new Set(all));
  const least = l.count(`${l.syntax}${moreLine(all.length)}\n`);
  if (least > l.budget) throw new Error(`a budget of ${l.budget} tokens cannot hold the card's syntax section; it needs at least ${least}`);
  const docs = l.docFirst.slice(0, DOCS.most);
  const cuts = cutOrder(all, docs, l.docFirst.slice(DOCS.most));
  const after = (k: number) => {
    const doc = new Set(docs), sig = new Set(all), named = new Set(all);
    for (const c of cuts.slice(0, k)) c(doc, sig, named);
    return render(l, doc, sig, named);
  };
  // the fewest cuts that fit: the card shrinks with every cut, so a binary search finds it
  let lo = 0, hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (l.count(after(mid)) <= l.budget) hi = mid;
    else lo = mid + 1;
  }
  return after(lo);
}

type Cut = (doc: Set<BlockInfo>, sig: Set<BlockInfo>, named: Set<BlockInfo>) => void;

/** The cuts in the order they are made, each one block's demotion. */
function cutOrder(ranked: BlockInfo[], docs: BlockInfo[], suggested: BlockInfo[]): Cut[] {
  const last = [...ranked].reverse();
  const cuts: Cut[] = [];
  // signatures become names, keeping those with docs, the next blocks the task suggests and the
  // most relevant
  const mine = suggested.slice(0, SUGGESTED);
  const keep = new Set([...docs, ...mine, ...ranked.filter((b) => !mine.includes(b)).slice(0, SIGNATURES - SUGGESTED)]);
  for (const b of last) if (!keep.has(b)) cuts.push((_d, sig) => { sig.delete(b); });
  for (const b of [...docs].reverse().slice(0, Math.max(0, docs.length - DOCS.least))) cuts.push((doc) => { doc.delete(b); });
  for (const b of last) if (!keep.has(b)) cuts.push((_d, _s, named) => { named.delete(b); });
  for (const b of [...docs].reverse().slice(Math.max(0, docs.length - DOCS.least))) cuts.push((doc) => { doc.delete(b); });
  for (const b of last) if (keep.has(b)) cuts.push((doc, sig, named) => { doc.delete(b); sig.delete(b); named.delete(b); });
  return cuts;
}

function render(l: CardLayout, doc: Set<BlockInfo>, sig: Set<BlockInfo>, named: Set<BlockInfo>): string {
  const lines = [l.syntax.trimEnd()];
  const cats = [...new Set(l.registry.blocks.map((b) => b.category))].sort((a, b) => categoryRank(a) - categoryRank(b) || a.localeCompare(b));
  for (const c of cats) {
    const bs = l.registry.blocks.filter((b) => b.category === c && named.has(b)).sort((a, b) => a.name.localeCompare(b.name));
    if (!bs.length) continue;
    lines.push(`## ${c}`);
    for (const b of bs) if (sig.has(b)) lines.push(doc.has(b) ? `${cardSignatures(b).join(" | ")} — ${shortDoc(b.def.doc)}` : cardSignatures(b).join(" | "));
    const names = bs.filter((b) => !sig.has(b)).map((b) => b.name);
    if (names.length) lines.push(`also: ${names.join(" ")}`);
  }
  const hidden = l.ranked.length - named.size;
  if (hidden) lines.push(moreLine(hidden));
  return lines.join("\n") + "\n";
}
