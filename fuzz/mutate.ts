// Mutations of Ideo programs, at the level of tokens, characters and lines: what a new user's typos,
// a truncated paste, a model's near miss or a hostile client would send. Each input is one to four
// mutations stacked on a seed, chosen by a seeded random source, so it can be made again.
import type { Random } from "./random.js";
import type { Seed } from "./corpus.js";

/** A rough tokenizer: enough to cut programs at token boundaries (it need not agree with the lexer). */
const TOKEN = /\s+|#[^\n]*|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|0[xXbB][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_]\w*|\.\.|=>|->|\*\*|\/\/=?|[=!<>]=|<<=?|>>=?|\?\?|[-+*/%&|^]=|[^]/gu;

export function tokens(source: string): string[] {
  return source.match(TOKEN) ?? [];
}

const KEYWORDS = ["fn", "if", "else", "while", "for", "in", "return", "break", "continue", "and", "or", "not", "true", "false", "null", "_", "_1", "_2"];
const PUNCT = ["(", ")", "[", "]", "{", "}", ",", ":", ".", "..", "=", "==", "!=", "<", "<=", ">", ">=", "=>", "->", "+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "~", "<<", ">>", "??", "?", "+=", "//=", "<<=", "\n", "\n  ", "\n    ", " "];
const BLOCKS = ["sort", "map", "filter", "sum", "len", "words", "join", "split", "range", "print", "fold", "zip", "reverse", "max", "min", "find", "get", "keys", "dict", "str", "int", "float", "step", "count", "sortby", "unique", "append", "contains", "pow", "abs"];
const TYPES = ["int", "float", "bool", "str", "[int]", "[str]", "(int, str)", "{str: int}", "int?", "[[float]]"];

/** Numbers at the edges: of i64, of i32, of doubles, of Number's safe integers, and beyond. */
export const BOUNDARY_NUMBERS = [
  "0", "1", "-1", "2", "255", "256", "4095", "4096", "65535", "65536", "2147483647", "2147483648", "4294967295", "4294967296",
  "9007199254740991", "9007199254740993", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551615",
  "18446744073709551616", "99999999999999999999999999999999", "0x7fffffffffffffff", "0xffffffffffffffff", "0x10000000000000000", "0b1",
  "0.0", "-0.0", "1e308", "1e309", "-1e309", "5e-324", "1e-400", "2.5e-308", "1.7976931348623157e308", "0.1", "1e16", "1e-05", "3.0",
];

const ODD = ["\0", "\t", "\r", "\r\n", "\x7f", "\x1b", "\ufeff", "\u00a0", "\u2028", "\u200b", "\ud800", "\udc00", "é", "😀", "e\u0301", "\\", "'", "\"", "#", "`", "@", "$", ";", "\x0b", "\x0c", "\ufffd", "漢"];

export type Mutation =
  | "deleteTokens" | "duplicateTokens" | "swapTokens" | "replaceToken" | "insertToken" | "boundaryNumber"
  | "deleteChars" | "duplicateChars" | "oddChar" | "swapChars"
  | "splice" | "deepNesting" | "deleteLine" | "duplicateLine" | "indentLine" | "truncate" | "repeatMany";

const WEIGHTS: Record<Mutation, number> = {
  deleteTokens: 10, duplicateTokens: 6, swapTokens: 6, replaceToken: 12, insertToken: 10, boundaryNumber: 8,
  deleteChars: 5, duplicateChars: 3, oddChar: 5, swapChars: 3,
  splice: 8, deepNesting: 3, deleteLine: 5, duplicateLine: 3, indentLine: 6, truncate: 4, repeatMany: 1,
};

export interface Mutated { source: string; seed: string; mutations: Mutation[] }

/** One fuzz input: a seed program with one to four mutations. */
export function mutate(seeds: Seed[], r: Random): Mutated {
  const seed = r.pick(seeds);
  let source = seed.source;
  const mutations: Mutation[] = [];
  const n = r.weighted({ 1: 5, 2: 3, 3: 2, 4: 1 });
  for (let i = 0; i < Number(n); i++) {
    const m = r.weighted(WEIGHTS);
    source = apply(m, source, seeds, r);
    mutations.push(m);
  }
  return { source, seed: seed.name, mutations };
}

function apply(m: Mutation, s: string, seeds: Seed[], r: Random): string {
  const toks = tokens(s);
  const at = () => r.int(Math.max(1, toks.length));
  const join = (xs: string[]) => xs.join("");
  const words = () => toks.filter((t) => /^[A-Za-z_]/.test(t));
  const anyToken = (): string => {
    const k = r.int(6);
    if (k === 0) return r.pick(KEYWORDS);
    if (k === 1) return r.pick(PUNCT);
    if (k === 2) return r.pick(BLOCKS);
    if (k === 3) return r.pick(BOUNDARY_NUMBERS);
    if (k === 4 && words().length) return r.pick(words());
    return toks.length ? r.pick(toks) : r.pick(PUNCT);
  };
  switch (m) {
    case "deleteTokens": { const i = at(); toks.splice(i, r.range(1, 3)); return join(toks); }
    case "duplicateTokens": { const i = at(), k = r.range(1, 4); toks.splice(i, 0, ...toks.slice(i, i + k)); return join(toks); }
    case "swapTokens": { const i = at(), j = at(); [toks[i], toks[j]] = [toks[j], toks[i]]; return join(toks.filter((t) => t !== undefined)); }
    case "replaceToken": {
      const i = at();
      toks[i] = r.chance(0.15) ? r.pick(TYPES) : anyToken();
      return join(toks);
    }
    case "insertToken": { toks.splice(at(), 0, r.chance(0.5) ? ` ${anyToken()} ` : anyToken()); return join(toks); }
    case "boundaryNumber": {
      const nums = toks.map((t, i) => (/^\d/.test(t) ? i : -1)).filter((i) => i >= 0);
      const i = nums.length ? r.pick(nums) : at();
      toks[i] = (r.chance(0.2) ? "-" : "") + r.pick(BOUNDARY_NUMBERS);
      return join(toks);
    }
    case "deleteChars": { const i = r.int(s.length + 1); return s.slice(0, i) + s.slice(i + r.range(1, 4)); }
    case "duplicateChars": { const i = r.int(s.length + 1), k = r.range(1, 8); return s.slice(0, i) + s.slice(i, i + k).repeat(r.range(2, 4)) + s.slice(i + k); }
    case "oddChar": { const i = r.int(s.length + 1); return s.slice(0, i) + r.pick(ODD) + s.slice(i); }
    case "swapChars": {
      const cs = [...s];
      if (cs.length < 2) return s;
      const i = r.int(cs.length - 1);
      [cs[i], cs[i + 1]] = [cs[i + 1], cs[i]];
      return cs.join("");
    }
    case "splice": {
      // a run of lines from another program, in place of a run of these
      const other = r.pick(seeds).source.split("\n");
      const lines = s.split("\n");
      const from = r.int(other.length), len = r.range(1, 4);
      lines.splice(r.int(lines.length + 1), r.int(3), ...other.slice(from, from + len));
      return lines.join("\n");
    }
    case "deepNesting": return nest(s, toks, r);
    case "deleteLine": { const lines = s.split("\n"); lines.splice(r.int(lines.length), 1); return lines.join("\n"); }
    case "duplicateLine": {
      const lines = s.split("\n"), i = r.int(lines.length);
      lines.splice(i, 0, ...Array(r.range(1, 5)).fill(lines[i]));
      return lines.join("\n");
    }
    case "indentLine": {
      const lines = s.split("\n"), i = r.int(lines.length);
      const k = r.int(4);
      lines[i] = k === 0 ? lines[i].trimStart() : k === 1 ? " ".repeat(r.range(1, 9)) + lines[i] : k === 2 ? "\t" + lines[i] : lines[i].replace(/^ {1,2}/, "");
      return lines.join("\n");
    }
    case "truncate": return s.slice(0, r.int(s.length + 1));
    case "repeatMany": {
      // a long program: one line many times, or one element of a literal many times
      const lines = s.split("\n"), i = r.int(lines.length), n = r.pick([300, 1000, 5000]);
      if (r.chance(0.5)) { lines.splice(i, 0, ...Array(n).fill(lines[i])); return lines.join("\n"); }
      return `${s}\nbig = [${Array(n).fill(r.pick(["1", "2.5", '"x"', "(1, 2)", "[1]"])).join(", ")}]\n`;
    }
  }
}

/** Deep nesting: brackets, unary operators, chains, indented ifs, lambdas — 20 to 3,000 deep. */
function nest(s: string, toks: string[], r: Random): string {
  const depth = r.pick([20, 100, 199, 201, 500, 3000]);
  const i = r.int(toks.length + 1);
  const kind = r.int(8);
  const ins = (open: string, close = "") => { toks.splice(i, 0, open.repeat(depth) + (toks[i] ?? "1") + close.repeat(depth)); toks.splice(i + 1, 1); return toks.join(""); };
  switch (kind) {
    case 0: return ins("(", ")");
    case 1: return ins("[", "]");
    case 2: return ins("-");
    case 3: return ins("not ");
    case 4: return `${s}\nfn deep(x)\n${Array.from({ length: depth }, (_, k) => `${"  ".repeat(k + 1)}if x > ${k}`).join("\n")}\n${"  ".repeat(depth + 1)}return x\n`;
    case 5: return `${s}\nfn chain(xs) = xs${".reverse".repeat(depth)}\n`;
    case 6: return `${s}\nfn lam = ${Array.from({ length: depth }, (_, k) => `x${k} => `).join("")}1\n`;
    default: return `${s}\nprint(${"[".repeat(depth)}${"]".repeat(r.chance(0.5) ? depth : 0)})\n`;
  }
}
