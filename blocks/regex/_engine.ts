// The regex engine of the templates (spans.wat), modelled in TypeScript instruction for instruction
// (no default export: not a block). The oracles ask it two things the JavaScript RegExp cannot say:
// whether a pattern is inside Ideo's subset, and whether matching stays inside the step budget
// (the templates count the same steps over the same program, so they fault on exactly the same
// inputs). The values themselves come from RegExp, and the oracles check this model against it.
//
// Program: i32 words, one instruction after another (pc counts words here, bytes in the template):
//   0 MATCH                       success (in full mode only at the end of s)
//   1 CHAR c                      the code point c
//   2 ANY                         any code point but \n
//   3 CLASS neg n lo hi ...       a code point inside one of the n ranges (outside all, when neg)
//   4 BOL  5 EOL                  pos = 0; pos = end
//   6 WORDB  7 NWORDB             \b, \B (ASCII word characters)
//   8 SPLIT alt                   push a choice (alt, pos), go on
//   9 JMP to
//  10 REPSTART k test             count[k] = 0, go to test
//  11 SETPOS k                    start[k] = pos (start of an iteration of quantifier k)
//  12 REPEND k min                fail when an optional iteration (count[k] >= min) matched empty;
//                                 else count[k] += 1, go on (to the REPTEST after it)
//  13 REPTEST k min max lazy body count[k] < min: go to body; = max (-1: none): go on (exit);
//                                 else greedy: push (exit, pos), go to body; lazy: push (body, pos), go on
// Registers count[k], start[k] are written through a trail (undo entries on the backtrack stack), so
// backtracking restores them. This is the RepeatMatcher of ECMAScript: an optional iteration that
// consumes nothing fails.
//
// A step is one instruction executed. A call (all its start positions and matches) may take
// STEP_BASE + STEP_PER_BYTE * (UTF-8 bytes of s) steps; one more faults "argument".

export const STEP_BASE = 10_000_000;
export const STEP_PER_BYTE = 100;
/** The largest count a {n,m} quantifier may name. */
export const MAX_COUNT = 100_000;

export const enum Op { MATCH, CHAR, ANY, CLASS, BOL, EOL, WORDB, NWORDB, SPLIT, JMP, REPSTART, SETPOS, REPEND, REPTEST }

const B = (ch: string) => ch.charCodeAt(0);
const MAXCP = 0x10ffff;
const DIGIT = [[0x30, 0x39]];
const WORD = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE = [[0x09, 0x0d], [0x20, 0x20]];
/** The ranges outside sorted, disjoint ranges. */
const complement = (rs: number[][]): number[][] => {
  const out: number[][] = [];
  let lo = 0;
  for (const [a, b] of rs) {
    if (a > lo) out.push([lo, a - 1]);
    lo = b + 1;
  }
  if (lo <= MAXCP) out.push([lo, MAXCP]);
  return out;
};
/** \d \D \w \W \s \S as ranges; undefined for other letters. */
export function classEscape(e: number): number[][] | undefined {
  switch (String.fromCharCode(e)) {
    case "d": return DIGIT;
    case "D": return complement(DIGIT);
    case "w": return WORD;
    case "W": return complement(WORD);
    case "s": return SPACE;
    case "S": return complement(SPACE);
  }
  return undefined;
}
/** The code point an escaped character stands for (\n \t \r and the escaped metacharacters), or -1. */
export function charEscape(e: number): number {
  if (e === B("n")) return 10;
  if (e === B("t")) return 9;
  if (e === B("r")) return 13;
  return ".\\()[]{}*+?|^$-".includes(String.fromCharCode(e)) ? e : -1;
}

const utf8len = (b: number) => (b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4);
function decode(s: Uint8Array, p: number): number {
  const b = s[p];
  if (b < 0x80) return b;
  if (b < 0xe0) return ((b & 0x1f) << 6) | (s[p + 1] & 0x3f);
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((s[p + 1] & 0x3f) << 6) | (s[p + 2] & 0x3f);
  return ((b & 0x07) << 18) | ((s[p + 1] & 0x3f) << 12) | ((s[p + 2] & 0x3f) << 6) | (s[p + 3] & 0x3f);
}

export interface ClassParse { end: number; neg: boolean; ranges: number[][] }

/** The class starting at re[p] = '[': its end (after ']'), negation and ranges; undefined if malformed. */
export function parseClass(re: Uint8Array, p: number): ClassParse | undefined {
  const n = re.length;
  let i = p + 1;
  const neg = re[i] === B("^");
  if (neg) i++;
  const ranges: number[][] = [];
  // one class atom at i: [code point or -1 for a class escape, its ranges, next index]
  const atom = (i: number): [number, number[][], number] | undefined => {
    if (i >= n) return undefined;
    const c = re[i];
    if (c === B("[")) return undefined;
    if (c === B("\\")) {
      if (i + 1 >= n) return undefined;
      const set = classEscape(re[i + 1]);
      if (set) return [-1, set, i + 2];
      const e = charEscape(re[i + 1]);
      if (e < 0) return undefined;
      return [e, [[e, e]], i + 2];
    }
    const cp = decode(re, i);
    return [cp, [[cp, cp]], i + utf8len(c)];
  };
  let first = true;
  for (;;) {
    if (i >= n) return undefined;
    if (re[i] === B("]")) {
      if (first) return undefined; // [] and [^] are not in the subset
      return { end: i + 1, neg, ranges };
    }
    first = false;
    const a = atom(i);
    if (!a) return undefined;
    i = a[2];
    if (i + 1 < n && re[i] === B("-") && re[i + 1] !== B("]")) {
      const b = atom(i + 1);
      if (!b) return undefined;
      if (a[0] < 0 || b[0] < 0 || a[0] > b[0]) return undefined;
      ranges.push([a[0], b[0]]);
      i = b[2];
    } else ranges.push(...a[1]);
  }
}

export interface Quant { min: number; max: number; lazy: boolean; end: number }
const isQuantStart = (c: number) => c === B("*") || c === B("+") || c === B("?") || c === B("{");

/** The quantifier at re[q] (one of * + ? {): counts, laziness, end; undefined if malformed. */
export function parseQuant(re: Uint8Array, q: number): Quant | undefined {
  const n = re.length;
  let min = 0, max = -1, i = q + 1;
  const c = re[q];
  if (c === B("+")) min = 1;
  else if (c === B("?")) max = 1;
  else if (c === B("{")) {
    const num = (): number => {
      let v = -1;
      while (i < n && re[i] >= 0x30 && re[i] <= 0x39) {
        v = (v < 0 ? 0 : v) * 10 + (re[i] - 0x30);
        if (v > MAX_COUNT) return -2;
        i++;
      }
      return v;
    };
    min = num();
    if (min < 0) return undefined;
    if (re[i] === B("}")) max = min;
    else {
      if (re[i] !== B(",")) return undefined;
      i++;
      if (re[i] !== B("}")) {
        max = num();
        if (max < 0 || max < min || re[i] !== B("}")) return undefined;
      }
    }
    i++;
  }
  const lazy = re[i] === B("?");
  if (lazy) i++;
  return { min, max, lazy, end: i };
}

/** The length in bytes of the atom at re[i] (not a group): literal, '.', escape or class. */
function atomEnd(re: Uint8Array, i: number): number {
  const c = re[i];
  if (c === B("\\")) return i + 2;
  if (c === B("[")) return parseClass(re, i)!.end;
  return i + utf8len(c);
}

export interface Program { code: number[]; nq: number }

/** Compiles a pattern (UTF-8 bytes), or undefined when it is outside the subset. Two passes without
 *  recursion: the first checks the syntax and pairs each '(' with its ')' and each '(' or '|' with the
 *  next '|' of the same group; the second emits code left to right, knowing from those where a
 *  quantifier or an alternation starts. */
export function compile(re: Uint8Array): Program | undefined {
  const n = re.length;
  const close = new Int32Array(n + 1).fill(-1);
  const nextbar = new Int32Array(n + 1).fill(-1);
  {
    const opens: number[] = [];
    const lasts: number[] = [];
    let last = n; // the top level's "open" is position n
    let canq = false;
    let i = 0;
    while (i < n) {
      const c = re[i];
      if (c === B("(")) {
        let k = 1;
        if (re[i + 1] === B("?")) {
          if (re[i + 2] !== B(":")) return undefined;
          k = 3;
        }
        opens.push(i);
        lasts.push(last);
        last = i;
        i += k;
        canq = false;
      } else if (c === B(")")) {
        if (!opens.length) return undefined;
        close[opens.pop()!] = i;
        last = lasts.pop()!;
        i++;
        canq = true;
      } else if (c === B("|")) {
        nextbar[last] = i;
        last = i;
        i++;
        canq = false;
      } else if (isQuantStart(c)) {
        if (!canq) return undefined;
        const q = parseQuant(re, i);
        if (!q) return undefined;
        i = q.end;
        canq = false;
      } else if (c === B("]") || c === B("}")) {
        return undefined;
      } else if (c === B("^") || c === B("$")) {
        i++;
        canq = false;
      } else if (c === B("\\")) {
        if (i + 1 >= n) return undefined;
        const e = re[i + 1];
        if (e === B("b") || e === B("B")) canq = false;
        else if (classEscape(e) || charEscape(e) >= 0) canq = true;
        else return undefined;
        i += 2;
      } else if (c === B("[")) {
        const k = parseClass(re, i);
        if (!k) return undefined;
        i = k.end;
        canq = true;
      } else {
        i += utf8len(c);
        canq = true;
      }
    }
    if (opens.length) return undefined;
  }

  const code: number[] = [];
  let nq = 0;
  interface Level { k: number; q?: Quant; start: number; body: number; split: number; chain: number }
  const levels: Level[] = [];
  const beginAlt = (lv: Level, bar: number) => {
    lv.split = -1;
    if (bar >= 0) {
      lv.split = code.length;
      code.push(Op.SPLIT, 0);
    }
  };
  const tail = (k: number, q: Quant, start: number, body: number) => {
    code.push(Op.REPEND, k, q.min);
    code[start + 2] = code.length;
    code.push(Op.REPTEST, k, q.min, q.max, q.lazy ? 1 : 0, body);
  };
  let cur: Level = { k: -1, start: 0, body: 0, split: -1, chain: -1 };
  beginAlt(cur, nextbar[n]);
  let i = 0;
  while (i < n) {
    const c = re[i];
    if (c === B("|")) {
      // the jumps to the group's end form a chain through their operands
      code.push(Op.JMP, cur.chain);
      cur.chain = code.length - 1;
      code[cur.split + 1] = code.length;
      beginAlt(cur, nextbar[i]);
      i++;
      continue;
    }
    if (c === B(")")) {
      for (let at = cur.chain; at >= 0; ) { const next = code[at]; code[at] = code.length; at = next; }
      const g = cur;
      cur = levels.pop()!;
      if (g.q) {
        tail(g.k, g.q, g.start, g.body);
        i = g.q.end;
      } else i++;
      continue;
    }
    if (c === B("^")) { code.push(Op.BOL); i++; continue; }
    if (c === B("$")) { code.push(Op.EOL); i++; continue; }
    if (c === B("\\") && (re[i + 1] === B("b") || re[i + 1] === B("B"))) {
      code.push(re[i + 1] === B("b") ? Op.WORDB : Op.NWORDB);
      i += 2;
      continue;
    }
    const q0 = c === B("(") ? close[i] + 1 : atomEnd(re, i);
    const q = q0 < n && isQuantStart(re[q0]) ? parseQuant(re, q0)! : undefined;
    let k = -1, start = 0, body = 0;
    if (q) {
      k = nq++;
      start = code.length;
      code.push(Op.REPSTART, k, 0);
      body = code.length;
      code.push(Op.SETPOS, k);
    }
    if (c === B("(")) {
      levels.push(cur);
      cur = { k, q, start, body, split: -1, chain: -1 };
      beginAlt(cur, nextbar[i]);
      i += re[i + 1] === B("?") ? 3 : 1;
      continue;
    }
    if (c === B(".")) code.push(Op.ANY);
    else if (c === B("[")) {
      const cl = parseClass(re, i)!;
      code.push(Op.CLASS, cl.neg ? 1 : 0, cl.ranges.length);
      for (const [lo, hi] of cl.ranges) code.push(lo, hi);
    } else if (c === B("\\")) {
      const set = classEscape(re[i + 1]);
      if (set) {
        code.push(Op.CLASS, 0, set.length);
        for (const [lo, hi] of set) code.push(lo, hi);
      } else code.push(Op.CHAR, charEscape(re[i + 1]));
    } else code.push(Op.CHAR, decode(re, i));
    if (q) {
      tail(k, q, start, body);
      i = q.end;
    } else i = q0;
  }
  for (let at = cur.chain; at >= 0; ) { const next = code[at]; code[at] = code.length; at = next; }
  code.push(Op.MATCH);
  return { code, nq };
}

export const MODE_ALL = 0, MODE_FIRST = 1, MODE_FULL = 2;

const isWord = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || (b >= 0x61 && b <= 0x7a);

/** The budget of a call on n bytes. */
export const budgetOf = (n: number): number => STEP_BASE + STEP_PER_BYTE * n;

/** The matches (byte offsets [start, end)) the scan finds, or "budget" when it runs out of steps.
 *  `info` receives the steps taken, and may set another budget (for tests). */
export function run(prog: Program, s: Uint8Array, mode: number, info?: { steps?: number; budget?: number }): [number, number][] | "budget" {
  const { code } = prog;
  const n = s.length;
  const budget = info?.budget ?? budgetOf(n);
  const regs = new Int32Array(2 * prog.nq + 1);
  const stack: number[] = []; // pairs: (pc, pos) for a choice, (-1 - reg, old value) for a trail entry
  let steps = 0;
  const set = (r: number, v: number) => { stack.push(-1 - r, regs[r]); regs[r] = v; };
  // one attempt at start: the end of the match, -1 when none, -2 when out of steps
  const attempt = (start: number): number => {
    let pc = 0, pos = start;
    stack.length = 0;
    for (;;) {
      if (++steps > budget) return -2;
      let ok = true;
      switch (code[pc]) {
        case Op.MATCH:
          if (mode === MODE_FULL && pos !== n) { ok = false; break; }
          return pos;
        case Op.CHAR:
          if (pos < n && decode(s, pos) === code[pc + 1]) { pos += utf8len(s[pos]); pc += 2; } else ok = false;
          break;
        case Op.ANY:
          if (pos < n && s[pos] !== 10) { pos += utf8len(s[pos]); pc += 1; } else ok = false;
          break;
        case Op.CLASS: {
          if (pos >= n) { ok = false; break; }
          const c = decode(s, pos);
          const m = code[pc + 2];
          let inside = false;
          for (let j = 0; j < m; j++) if (c >= code[pc + 3 + 2 * j] && c <= code[pc + 4 + 2 * j]) { inside = true; break; }
          if (inside !== (code[pc + 1] === 1)) { pos += utf8len(s[pos]); pc += 3 + 2 * m; } else ok = false;
          break;
        }
        case Op.BOL: if (pos === 0) pc++; else ok = false; break;
        case Op.EOL: if (pos === n) pc++; else ok = false; break;
        case Op.WORDB: case Op.NWORDB: {
          const a = pos > 0 && isWord(s[pos - 1]), b = pos < n && isWord(s[pos]);
          if ((a !== b) === (code[pc] === Op.WORDB)) pc++; else ok = false;
          break;
        }
        case Op.SPLIT: stack.push(code[pc + 1], pos); pc += 2; break;
        case Op.JMP: pc = code[pc + 1]; break;
        case Op.REPSTART: set(2 * code[pc + 1], 0); pc = code[pc + 2]; break;
        case Op.SETPOS: set(2 * code[pc + 1] + 1, pos); pc += 2; break;
        case Op.REPEND: {
          const k = code[pc + 1];
          if (regs[2 * k] >= code[pc + 2] && regs[2 * k + 1] === pos) { ok = false; break; }
          set(2 * k, regs[2 * k] + 1);
          pc += 3;
          break;
        }
        case Op.REPTEST: {
          const cnt = regs[2 * code[pc + 1]], min = code[pc + 2], max = code[pc + 3];
          if (cnt < min) pc = code[pc + 5];
          else if (max >= 0 && cnt >= max) pc += 6;
          else if (code[pc + 4]) { stack.push(code[pc + 5], pos); pc += 6; }
          else { stack.push(pc + 6, pos); pc = code[pc + 5]; }
          break;
        }
        default: throw new Error(`bad opcode ${code[pc]}`);
      }
      if (ok) continue;
      // backtrack: undo trail entries down to the newest choice
      for (;;) {
        if (!stack.length) return -1;
        const v = stack.pop()!, t = stack.pop()!;
        if (t < 0) regs[-1 - t] = v;
        else { pc = t; pos = v; break; }
      }
    }
  };
  const out: [number, number][] = [];
  let start = 0;
  while (start <= n) {
    const e = attempt(start);
    if (info) info.steps = steps;
    if (e === -2) return "budget";
    if (e >= 0) {
      out.push([start, e]);
      if (mode !== MODE_ALL) break;
      if (e > start) { start = e; continue; }
    } else if (mode === MODE_FULL) break;
    if (start === n) break;
    start += utf8len(s[start]);
  }
  return out;
}
