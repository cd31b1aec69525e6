// Shared by the string blocks' oracles and tests (not a block: no default export).
// Case mapping, letters and whitespace exactly as the templates define them, and a text generator
// that reaches the characters those definitions care about.

/** Unicode White_Space. */
export const isWs = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

/** Letters: ASCII, Latin-1 (À-ÿ but × ÷), Latin Extended-A, basic Greek and Cyrillic. */
export const isLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x180 && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x386 && c <= 0x3ce && c !== 0x387 && c !== 0x38b && c !== 0x38d && c !== 0x3a2) || (c >= 0x400 && c <= 0x45f);

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

const evenCapital = (c: number) => (c >= 0x100 && c <= 0x12f) || (c >= 0x132 && c <= 0x137) || (c >= 0x14a && c <= 0x177);
const oddCapital = (c: number) => (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);

/** Simple one-to-one upper case over ASCII, Latin-1, Latin Extended-A, basic Greek and Cyrillic. */
export function upCp(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 32;
  if (c >= 0xe0 && c <= 0xfe && c !== 0xf7) return c - 32;
  if (c === 0xff) return 0x178;
  if (evenCapital(c)) return c & 1 ? c - 1 : c;
  if (oddCapital(c)) return c & 1 ? c : c - 1;
  if (c === 0x3ac) return 0x386;
  if (c >= 0x3ad && c <= 0x3af) return c - 37;
  if (c === 0x3c2) return 0x3a3;
  if (c >= 0x3b1 && c <= 0x3cb) return c - 32;
  if (c === 0x3cc) return 0x38c;
  if (c >= 0x3cd && c <= 0x3ce) return c - 63;
  if (c >= 0x430 && c <= 0x44f) return c - 32;
  if (c >= 0x450 && c <= 0x45f) return c - 80;
  return c;
}

/** Simple one-to-one lower case, the inverse ranges of upCp. */
export function loCp(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (evenCapital(c)) return c & 1 ? c : c + 1;
  if (oddCapital(c)) return c & 1 ? c + 1 : c;
  if (c === 0x178) return 0xff;
  if (c === 0x386) return 0x3ac;
  if (c >= 0x388 && c <= 0x38a) return c + 37;
  if (c === 0x38c) return 0x3cc;
  if (c >= 0x38e && c <= 0x38f) return c + 63;
  if (c >= 0x391 && c <= 0x3ab && c !== 0x3a2) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  return c;
}

/** Code points of s. */
export const cps = (s: string): number[] => [...s].map((ch) => ch.codePointAt(0)!);
export const fromCps = (xs: number[]): string => String.fromCodePoint(...xs);
export const mapCps = (s: string, f: (c: number) => number): string => fromCps(cps(s).map(f));

/** Runs of non-whitespace, in order. */
export function wordsOf(s: string): string[] {
  const out: string[] = [];
  let cur: number[] = [];
  for (const c of cps(s)) {
    if (isWs(c)) { if (cur.length) out.push(fromCps(cur)); cur = []; } else cur.push(c);
  }
  if (cur.length) out.push(fromCps(cur));
  return out;
}

// No U+FEFF: the test host decodes results with a BOM-stripping TextDecoder, so a result starting with it reads wrong.
const PIECES = [
  "a", "b", "z", "A", "Q", "Z", "0", "7", "9", "_", "-", ",", ".", "'", "!", "+",
  " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u001c", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b",
  "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
  "À", "Þ", "ß", "à", "þ", "ÿ", "×", "÷", "µ", "ª", "É", "é", "Ā", "ā", "İ", "ı", "Ĳ", "ĳ", "ĸ", "Ĺ", "ĺ", "ň", "ŉ", "Ŋ", "ŋ", "Ÿ", "Ź", "ž", "ſ", "ƀ",
  "Ά", "·", "Έ", "Ί", "Ό", "Ώ", "ΐ", "Α", "Σ", "Ϋ", "ά", "ί", "ΰ", "α", "ς", "σ", "ϋ", "ό", "ώ", "Ϗ", "ϐ",
  "Ѐ", "Џ", "А", "Я", "а", "я", "ѐ", "џ", "Ѡ", "ѡ",
  "漢", "字", "😀", "👍🏽", "e\u0301", "🇫🇷", "\u0000",
  "foo", "Bar", "HTTP", "Server", "xml", "Http", "x2", "mp3", "Ab", "ÉCOLE", "straße", "Σίσυφος", "Москва", "ЖЖ",
];

/** Text biased to the characters the string blocks treat specially (whitespace kinds, case pairs, letters, separators). */
export function text(gen: any, maxPieces = 14): any {
  const fc = gen.fc;
  return fc.oneof(
    { weight: 3, arbitrary: gen.str },
    { weight: 5, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }).map((a: string[]) => a.join("")) },
  );
}

/** A short needle: a piece of s, or a common short string. */
export function needle(gen: any, s: string): any {
  const fc = gen.fc;
  const cs = [...s];
  const part = cs.length
    ? fc.tuple(fc.nat(cs.length - 1), fc.integer({ min: 1, max: 3 })).map(([i, k]: [number, number]) => cs.slice(i, i + k).join(""))
    : fc.constant("a");
  return fc.oneof(part, fc.constantFrom("", "a", "aa", " ", ",", "é", "😀", "ab", "漢字", "\n"), gen.str);
}

export const isUpper = (c: number) => loCp(c) !== c;
const isLowerish = (c: number) => isLetter(c) && loCp(c) === c;
const isWordCh = (c: number) => (c < 0x80 ? isLetter(c) || isDigit(c) : !isWs(c));

/** The words camel, snake and kebab see: runs of letters, digits and non-ASCII non-whitespace, split
 *  before a capital after a lower-case letter or digit, and before the last capital of a run of
 *  capitals that a lower-case letter follows. */
export function caseWords(s: string): number[][] {
  const c = cps(s);
  const out: number[][] = [];
  let cur: number[] | undefined;
  for (let i = 0; i < c.length; i++) {
    if (!isWordCh(c[i])) { cur = undefined; continue; }
    let start = !cur;
    if (cur) {
      const p = c[i - 1], x = c[i], nx = i + 1 < c.length && isWordCh(c[i + 1]) ? c[i + 1] : 0;
      start = isUpper(x) && (isDigit(p) || isLowerish(p) || (isUpper(p) && isLowerish(nx)));
    }
    if (start) { cur = []; out.push(cur); }
    cur!.push(c[i]);
  }
  return out;
}

/** Text shaped like identifiers and titles, for the case-style blocks. */
export function identifiers(gen: any): any {
  const fc = gen.fc;
  return fc.oneof(
    { weight: 2, arbitrary: text(gen, 12) },
    { weight: 3, arbitrary: fc.array(fc.constantFrom("foo", "Bar", "BAZ", "HTTP", "Server", "x", "X", "2", "mp3", "v2", "_", "__", "-", " ", "  ", ".", "É", "été", "ÀB", "straße", "Σίσυφος", "ΑΒ", "Жук", "漢字", "😀", "\t", "İ", "ı", "ĸ", "aB", "Ab", "AB", "a1B"), { maxLength: 10 }).map((a: string[]) => a.join("")) },
  );
}
