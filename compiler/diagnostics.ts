// Diagnostics are data: a stable code, a message, the span it is about, suggestions and an optional
// machine-applicable fix. Every stage reports through this type; `render` is the one place that
// turns them into text (Gleam-style: header, location, source excerpt with carets, hints).

export interface Pos { line: number; col: number } // both 1-based; col counts code points

export interface Span { start: number; end: number } // UTF-16 offsets into the source, end exclusive

export interface Fix { span: Span; replacement: string; description: string }

export interface Diagnostic {
  code: string;
  severity: "error" | "warning";
  message: string;
  span: Span;
  /** Other places that explain this one (e.g. where a type came from). */
  notes?: { span: Span; message: string }[];
  suggestions?: string[];
  fix?: Fix;
}

/** The codes, one place, so they stay stable and documented (docs/language.md lists them). */
export const CODES = {
  lexChar: "E0001", // character that cannot start a token
  lexString: "E0002", // unterminated string
  lexIndent: "E0003", // inconsistent dedent
  tooDeep: "E0004", // nesting deeper than the parser allows
  tooLong: "E0005", // input too large
  notText: "E0006", // input is not UTF-8 text
  parse: "E0100", // unexpected token
  assignTarget: "E0101", // assignment to something that is not a name or element
  placeholder: "E0102", // `_` outside a call argument
  unknownName: "E0200", // variable not defined
  unknownBlock: "E0201", // block or function not found
  arity: "E0202", // wrong number of arguments
  duplicateFn: "E0203", // function defined twice
  breakOutside: "E0204", // break/continue outside a loop
  typeMismatch: "E0300", // two types that must agree do not
  noInstance: "E0301", // block has no instantiation for these types
  cannotInfer: "E0302", // a type was never determined
  notCallable: "E0303",
  badField: "E0304", // tuple field out of range
  noValue: "E0305", // a function that returns a value can reach its end without one
  destructure: "E0306", // `a, b = …` from a number of values other than the names'
  noMain: "E0400", // `ideo run` without main
  mainParams: "E0402", // main takes its command-line arguments ([str]) or nothing
  mainResult: "E0403", // main ends in a function value, which no host can take
  unknownExport: "E0404", // `exports` (ideo build --export) names no function of the program
  importMissing: "E0500", // an imported file that cannot be read
  importCycle: "E0501", // files that import each other
  externType: "E0502", // a host function (`extern`) without its parameter types
  wasiHost: "E0503", // host functions in a module built for WASI, which has no JS host
  hostMissing: "E0504", // a host function the JS host does not pass (found when the module is loaded)
  unknownRecord: "E0600", // a record type no `type Name = (…)` declares
  unknownField: "E0601", // a field the record does not have
  recordArgs: "E0602", // a record made with a field missing, or too many or too few values
  fieldTwice: "E0603", // a field given (or declared) twice
  duplicateType: "E0604", // a record type declared twice, or named like a function or a type
  recursiveRecord: "E0605", // a record that holds itself
  unusedValue: "W0001", // a block's result computed and dropped
  guessedParam: "W0002", // a parameter that could be a string or an array: the first overload is taken
  selfCall: "W0003", // a function that calls itself on every path: it never returns
  annotation: "W0004", // an annotation inference already gives
  trailingReturn: "W0005", // `return` as a body's last statement
  loopBlock: "W0006", // a loop that one block call replaces
  oneLine: "W0007", // an indented body that fits a one-line definition
  tacit: "W0008", // a one-line definition whose parameters `_` can stand for
  idiom: "W0009", // a spelled-out form one block says: s[::-1] is s.reverse
  empty: "E0401", // nothing in the file
  internal: "E9000", // a fault in the compiler or the formatter, not in the program
} as const;

export class LineMap {
  private starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** The 1-based line an offset is on (lines end at "\n" only, so "\r\n" ends one line). */
  line(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }
  pos(offset: number): Pos {
    const line = this.line(offset);
    const start = this.starts[line - 1];
    // columns count code points, so an emoji before the error does not shift the caret
    return { line, col: [...this.text.slice(start, Math.min(offset, this.text.length))].length + 1 };
  }
  /** The offset of a 1-based line and code-point column (pos's inverse). */
  offset(line: number, col: number): number {
    const start = this.starts[line - 1] ?? this.text.length;
    const before = [...this.text.slice(start, this.starts[line] ?? this.text.length)].slice(0, Math.max(0, col - 1));
    return start + before.join("").length;
  }
  lineText(line: number): string {
    const s = this.starts[line - 1] ?? this.text.length;
    const e = this.starts[line] ?? this.text.length;
    return this.text.slice(s, e).replace(/\r?\n$/, "");
  }
}

export interface JsonDiagnostic {
  code: string; severity: string; message: string; file: string;
  line: number; col: number; endLine: number; endCol: number;
  suggestions: string[];
  fix?: { line: number; col: number; endLine: number; endCol: number; replacement: string; description: string };
}

/** One file of a program of several: its text starts at `start` in the text of all of them joined
 *  (with a line break between files), on line `line` of it. Spans are offsets into that text. */
export interface SourceFile { name: string; text: string; start: number; line: number }

/** Which file an offset of a program is in, with that file's lines and where its text starts. */
class Located {
  private maps = new Map<SourceFile, LineMap>();
  constructor(private file: string, private lines: LineMap, private files?: SourceFile[]) {}
  at(offset: number): { file: string; lines: LineMap; base: number } {
    const f = this.files?.filter((x) => x.start <= offset).at(-1);
    if (!f || f.start === 0) return { file: this.file, lines: this.lines, base: 0 };
    let lines = this.maps.get(f);
    if (!lines) this.maps.set(f, (lines = new LineMap(f.text)));
    return { file: f.name, lines, base: f.start };
  }
}

export function toJson(d: Diagnostic, file: string, lines: LineMap, files?: SourceFile[]): JsonDiagnostic {
  const where = new Located(file, lines, files).at(d.span.start);
  return toJsonAt(d, where.file, where.lines, where.base);
}

function toJsonAt(d: Diagnostic, file: string, lines: LineMap, base: number): JsonDiagnostic {
  const a = lines.pos(d.span.start - base), b = lines.pos(Math.max(d.span.end, d.span.start) - base);
  const out: JsonDiagnostic = {
    code: d.code, severity: d.severity, message: d.message, file,
    line: a.line, col: a.col, endLine: b.line, endCol: b.col, suggestions: d.suggestions ?? [],
  };
  if (d.fix) {
    const fa = lines.pos(d.fix.span.start - base), fb = lines.pos(d.fix.span.end - base);
    out.fix = { line: fa.line, col: fa.col, endLine: fb.line, endCol: fb.col, replacement: d.fix.replacement, description: d.fix.description };
  }
  return out;
}

const MAX_EXCERPT = 120;

function excerpt(lines: LineMap, span: Span, label = ""): string[] {
  const a = lines.pos(span.start), b = lines.pos(Math.max(span.end, span.start + 1));
  const text = [...lines.lineText(a.line)];
  const endCol = b.line === a.line ? Math.max(b.col, a.col + 1) : text.length + 1;
  // long lines (a 10 MB one-liner) show a window around the caret
  const from = Math.max(0, a.col - 1 - 40);
  const shown = text.slice(from, from + MAX_EXCERPT).join("").replace(/\t/g, " ").replace(/[\x00-\x08\x0b-\x1f\x7f]/g, "?");
  const gutter = String(a.line).length;
  const pad = " ".repeat(gutter);
  const caret = " ".repeat(a.col - 1 - from) + "^".repeat(Math.max(1, Math.min(endCol - a.col, MAX_EXCERPT)));
  return [`${pad} |`, `${a.line} | ${from ? "…" : ""}${shown}`, `${pad} | ${from ? " " : ""}${caret}${label ? ` ${label}` : ""}`];
}

/** Render diagnostics for a terminal or a snapshot: one block per diagnostic. `files`: the files
 *  of a program of several, whose spans each diagnostic's place is found in. */
export function render(diags: Diagnostic[], source: string, file: string, files?: SourceFile[]): string {
  const located = new Located(file, new LineMap(source), files);
  const local = (span: Span) => {
    const at = located.at(span.start);
    return { ...at, span: { start: span.start - at.base, end: span.end - at.base } };
  };
  return diags.map((d) => {
    const a = local(d.span), p = a.lines.pos(a.span.start);
    const out = [`${d.severity}[${d.code}]: ${d.message}`, `  --> ${a.file}:${p.line}:${p.col}`, ...excerpt(a.lines, a.span)];
    for (const n of d.notes ?? []) {
      const b = local(n.span), q = b.lines.pos(b.span.start);
      out.push(`note: ${n.message} (${b.file}:${q.line}:${q.col})`, ...excerpt(b.lines, b.span));
    }
    for (const s of d.suggestions ?? []) out.push(`hint: ${s}`);
    if (d.fix) out.push(`fix: ${d.fix.description}`);
    return out.join("\n");
  }).join("\n\n");
}

export function error(code: string, message: string, span: Span, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: "error", message, span, ...extra };
}

/** Edit distance counting an adjacent transposition as one edit ("sotr" → "sort" is 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Near names, closest first, with scores; ties prefer the same first letter, then a similar length. */
function rankNear(name: string, candidates: Iterable<string>): { c: string; s: number }[] {
  if (name.length > 64) return [];
  const limit = Math.max(1, Math.floor(name.length / 3));
  return [...new Set(candidates)]
    // the distance is at least the difference in length: most candidates need no table
    .map((c) => ({ c, d: c === name || Math.abs(c.length - name.length) > limit ? Infinity : editDistance(name, c) }))
    .filter((x) => x.d <= limit)
    .map(({ c, d }) => ({ c, s: d * 4 + (c[0] === name[0] ? 0 : 2) + Math.min(1, Math.abs(c.length - name.length)) }))
    .sort((x, y) => x.s - y.s || x.c.localeCompare(y.c));
}

export function closest(name: string, candidates: Iterable<string>, max = 3): string[] {
  return rankNear(name, candidates).slice(0, max).map((x) => x.c);
}

/** `closest` and `uniqueClosest` from one ranking, for a diagnostic that shows both. */
export function nearAndFix(name: string, candidates: Iterable<string>, max = 3): { near: string[]; fixTo?: string } {
  const ranked = rankNear(name, candidates);
  const [a, b] = ranked;
  return { near: ranked.slice(0, max).map((x) => x.c), fixTo: a && (!b || a.s < b.s) ? a.c : undefined };
}

/** The one near name that ranks strictly above every other (for machine-applied fixes), if any. */
export function uniqueClosest(name: string, candidates: Iterable<string>): string | undefined {
  return nearAndFix(name, candidates).fixTo;
}
