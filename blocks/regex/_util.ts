// Shared by the regex blocks' oracles (no default export: not a block). The answer comes from the
// JavaScript RegExp (u flag) on the pattern translated to JavaScript syntax; the engine model
// (_engine.ts) says when the block faults instead: a pattern outside the subset, or matching past
// the step budget. Every answer of the model is checked against RegExp as well.
import { Fault } from "../block.js";
import { MODE_ALL, MODE_FIRST, MODE_FULL, charEscape, classEscape, compile, parseClass, parseQuant, run } from "./_engine.js";

const enc = new TextEncoder();
const hex = (c: number) => `\\u{${c.toString(16)}}`;
const rangesJs = (rs: number[][]) => rs.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join("");

/** A valid pattern of the subset in JavaScript syntax (for the u flag): every character escaped by
 *  its code point, `.` as [^\n], \d \w \s (ASCII) as explicit classes, every group non-capturing. */
export function toJs(re: string): string {
  const b = enc.encode(re);
  const n = b.length;
  let out = "";
  let i = 0;
  const ch = (c: string) => c.charCodeAt(0);
  while (i < n) {
    const c = b[i];
    if (c === ch("(")) {
      out += "(?:";
      i += b[i + 1] === ch("?") ? 3 : 1;
    } else if (c === ch(")") || c === ch("|") || c === ch("^") || c === ch("$")) {
      out += String.fromCharCode(c);
      i++;
    } else if (c === ch("*") || c === ch("+") || c === ch("?") || c === ch("{")) {
      const q = parseQuant(b, i)!;
      out += new TextDecoder().decode(b.subarray(i, q.end));
      i = q.end;
    } else if (c === ch(".")) {
      out += "[^\\n]";
      i++;
    } else if (c === ch("[")) {
      const k = parseClass(b, i)!;
      out += `[${k.neg ? "^" : ""}${rangesJs(k.ranges)}]`;
      i = k.end;
    } else if (c === ch("\\")) {
      const e = b[i + 1];
      if (e === ch("b") || e === ch("B")) out += `\\${String.fromCharCode(e)}`;
      else {
        const set = classEscape(e);
        out += set ? `[${rangesJs(set)}]` : hex(charEscape(e));
      }
      i += 2;
    } else {
      const cp = new TextDecoder().decode(b.subarray(i, i + 4)).codePointAt(0)!;
      out += hex(cp);
      i += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
  }
  return out;
}

/** Code point offset of UTF-16 index i in s. */
const cpAt = (s: string, i: number) => [...s.slice(0, i)].length;
/** Code point offset of UTF-8 byte offset i in s. */
const cpOfByte = (b: Uint8Array, i: number) => { let k = 0; for (let j = 0; j < i; j++) if ((b[j] & 0xc0) !== 0x80) k++; return k; };

/** The matches of re in s by the engine model, as code point spans; faults where the block faults. */
function model(s: string, re: string, mode: number): [number, number][] {
  const prog = compile(enc.encode(re));
  if (!prog) throw new Fault("argument");
  const sb = enc.encode(s);
  const r = run(prog, sb, mode);
  if (r === "budget") throw new Fault("argument");
  return r.map(([a, b]) => [cpOfByte(sb, a), cpOfByte(sb, b)]);
}

function agree(what: string, s: string, re: string, mine: unknown, js: unknown): void {
  if (JSON.stringify(mine) !== JSON.stringify(js))
    throw new Error(`engine model disagrees with RegExp on ${what}(${JSON.stringify(s)}, ${JSON.stringify(re)}): ${JSON.stringify(mine)} vs ${JSON.stringify(js)}`);
}

/** Every non-overlapping match as RegExp finds them. V8 (Node 20) can report an empty match of an
 *  assertion such as \B between the two halves of a surrogate pair, which is no code point
 *  position: those are dropped (the scan has already moved on past them). */
const midPair = (s: string, i: number) => i > 0 && i < s.length && /[\udc00-\udfff]/.test(s[i]) && /[\ud800-\udbff]/.test(s[i - 1]);
const jsMatches = (s: string, re: string): RegExpMatchArray[] => [...s.matchAll(new RegExp(toJs(re), "gu"))].filter((m) => !midPair(s, m.index!));

/** The oracle of spans: code point (start, end) of each match. */
export function spansOf(s: string, re: string): [number, number][] {
  const mine = model(s, re, MODE_ALL);
  const js = jsMatches(s, re).map((m): [number, number] => [cpAt(s, m.index!), cpAt(s, m.index! + m[0].length)]);
  agree("spans", s, re, mine, js);
  return js;
}

/** The oracle of findall: the text of each match. */
export function findallOf(s: string, re: string): string[] {
  const mine = model(s, re, MODE_ALL);
  const js = jsMatches(s, re).map((m) => m[0]);
  const cps = [...s];
  agree("findall", s, re, mine.map(([a, b]) => cps.slice(a, b).join("")), js);
  return js;
}

/** The oracle of sub: every match replaced by repl, literally. */
export function subOf(s: string, re: string, repl: string): string {
  const mine = model(s, re, MODE_ALL);
  let js = "", last = 0;
  for (const m of jsMatches(s, re)) { js += s.slice(last, m.index!) + repl; last = m.index! + m[0].length; }
  js += s.slice(last);
  const cps = [...s];
  let built = "", at = 0;
  for (const [a, b] of mine) { built += cps.slice(at, a).join("") + repl; at = b; }
  built += cps.slice(at).join("");
  agree("sub", s, re, built, js);
  return js;
}

/** The oracle of search: some substring matches. */
export function searchOf(s: string, re: string): boolean {
  const mine = model(s, re, MODE_FIRST).length > 0;
  const js = jsMatches(s, re).length > 0;
  agree("search", s, re, mine, js);
  return js;
}

/** The oracle of matches: the whole string matches. */
export function matchesOf(s: string, re: string): boolean {
  const mine = model(s, re, MODE_FULL).length > 0;
  const js = new RegExp(`^(?:${toJs(re)})$`, "u").test(s);
  agree("matches", s, re, mine, js);
  return js;
}
