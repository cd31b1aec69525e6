// Test generators for the regex blocks (no default export: not a block): random patterns of the
// subset over a small alphabet (so matches are frequent), malformed patterns (their answer is the
// fault), pathological patterns (the step budget), and subjects over the same small alphabet.

const PIECES = ["a", "a", "a", "b", "b", "c", "é", "😀", " ", "1", "_", "\n"];

/** Subject strings: mostly a's and b's, with digits, spaces, newlines and multi-byte code points. */
export const subject = (gen: any): any =>
  gen.fc.oneof(
    { weight: 6, arbitrary: gen.fc.array(gen.fc.constantFrom(...PIECES), { maxLength: 16 }).map((a: string[]) => a.join("")) },
    { weight: 1, arbitrary: gen.fc.constantFrom("", "a", "ab", "aaa", "abab", "the cat sat", "x1 y22 z333", "é漢😀", "a\nb\n", "\r\n") },
    { weight: 1, arbitrary: gen.str },
  );

const ATOMS = [
  "a", "a", "a", "b", "b", "c", "é", "😀", " ", ".", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\.", "\\n", "\\-", "\\*",
  "[ab]", "[^a]", "[a-c]", "[\\d_]", "[é😀]", "[^\\s]", "[-a]", "[a-]", "[\\w-]", "[^\\W\\d]", "[.*+?]", "[\\]\\[]", "[ -a]",
];
const QUANTS = ["*", "+", "?", "*?", "+?", "??", "{2}", "{0,1}", "{1,}", "{1,3}", "{0}", "{2,}?", "{1,2}?"];
const ASSERTS = ["^", "$", "\\b", "\\B"];

/** A pattern of the subset, at most `depth` groups deep. */
export function pattern(gen: any, depth = 2): any {
  const fc = gen.fc;
  const quantified = (atom: any) =>
    fc.tuple(atom, fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 2, arbitrary: fc.constantFrom(...QUANTS) })).map(([a, q]: string[]) => a + q);
  const atom: any = depth <= 0
    ? fc.constantFrom(...ATOMS)
    : fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ATOMS) },
        { weight: 1, arbitrary: pattern(gen, depth - 1).chain((p: string) => fc.constantFrom(`(${p})`, `(?:${p})`)) },
      );
  const term = fc.oneof({ weight: 8, arbitrary: quantified(atom) }, { weight: 1, arbitrary: fc.constantFrom(...ASSERTS) });
  const seq = fc.array(term, { maxLength: 4 }).map((ts: string[]) => ts.join(""));
  return fc.array(seq, { minLength: 1, maxLength: 3 }).map((alts: string[]) => alts.join("|"));
}

/** Patterns outside the subset, or not patterns at all: each must fault (argument). */
export const MALFORMED = [
  "(", ")", "a)", "(a", "((a)", "(a))", "*", "a**", "+a", "a|*", "(*)", "a{", "a{2", "a{2,1}", "{1}", "a{,2}", "a{1,2",
  "a{x}", "a{1 }", "a{100001}", "[a", "[", "[]", "[^]", "[]a]", "[z-a]", "[\\d-z]", "[a-\\w]", "[[]", "]", "}", "a}", "\\", "a\\",
  "\\q", "\\1", "\\x41", "\\f", "(?=a)", "(?!a)", "(?<n>a)", "(?i)a", "^*", "$+", "\\b*", "\\B{2}", "a*+", "a??+", "a{2}{3}",
  "[\\b]", "[a\\", "[a-",
];

/** Pathological (pattern, subject) pairs: exponential backtracking, which must fault (argument). */
export const PATHOLOGICAL: [string, string][] = [
  ["(a*)*b", "a".repeat(40)],
  ["(a|aa)*c", "a".repeat(45)],
  ["(?:a+)+$", "a".repeat(36) + "b"],
  ["(\\w|a)*!", "a".repeat(40)],
];

/** A pattern: mostly of the subset, sometimes malformed or a random string. */
export const anyPattern = (gen: any): any =>
  gen.fc.oneof(
    { weight: 14, arbitrary: pattern(gen) },
    { weight: 2, arbitrary: gen.fc.constantFrom(...MALFORMED) },
    // a valid pattern broken by one inserted metacharacter (often still valid, which is fine)
    { weight: 1, arbitrary: gen.fc.tuple(pattern(gen), gen.fc.constantFrom("(", ")", "*", "[", "{", "\\", "]", "}", "?"), gen.fc.nat(8))
        .map(([p, c, k]: [string, string, number]) => { const cs = [...p]; const at = k % (cs.length + 1); return [...cs.slice(0, at), c, ...cs.slice(at)].join(""); }) },
    { weight: 1, arbitrary: gen.str },
  );

/** (s, re) pairs, with the pathological ones now and then. */
export const subjectPattern = (gen: any): any =>
  gen.fc.oneof(
    { weight: 40, arbitrary: gen.fc.tuple(subject(gen), anyPattern(gen)) },
    { weight: 1, arbitrary: gen.fc.constantFrom(...PATHOLOGICAL.map(([re, s]) => [s, re])) },
  );
