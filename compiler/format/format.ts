// `ideo fmt`: one canonical layout for a program. The formatter changes only the space between
// tokens — never a token — so it cannot change what a program means; it checks that anyway, by
// parsing its output and comparing the syntax trees and the comments, and refuses on a difference.
//
// The layout: two spaces per block level; spacing by spacing.ts; a line longer than WIDTH breaks
// its outermost bracket (one item a line) or chain (a line starting with `.` continues it) first,
// then what is still too long inside; comments stay where they were (a whole-line comment takes
// the indentation of its block, trailing comments of adjacent lines line up); at most one blank line
// in a row, none at the start, one newline at the end.
import type { IToken } from "chevrotain";
import * as T from "../syntax/lexer.js";
import { lex } from "../syntax/lexer.js";
import { parse } from "../syntax/parser.js";
import { sourceProblem } from "../syntax/limits.js";
import type { Program } from "../syntax/ast.js";
import { CODES, Diagnostic, LineMap, error } from "../diagnostics.js";
import { Doc, group, hardBreak, indent, layoutDoc, note, softBreak, INDENT_WIDTH } from "./doc.js";
import { spacesBefore } from "./spacing.js";

/** The column a line should fit in. */
export const WIDTH = 100;
/** A bracket or chain this short stays on one line: breaking it would gain too little. */
const SHORT = 20;

/** `text` when the source reads as a program; else the diagnostics that say why it does not. */
export interface Formatted { text?: string; diagnostics: Diagnostic[] }

interface Syntax { tokens: IToken[]; comments: IToken[]; program: Program; diagnostics: Diagnostic[] }

function readSyntax(source: string): Syntax {
  const problem = sourceProblem(source);
  if (problem) return { tokens: [], comments: [], program: { fns: [] }, diagnostics: [problem] };
  const lexed = lex(source);
  const tooDeep = lexed.diagnostics.some((d) => d.code === CODES.tooDeep);
  const parsed = tooDeep ? { program: { fns: [] }, diagnostics: [] } : parse(lexed.tokens);
  return { tokens: lexed.tokens, comments: lexed.comments, program: parsed.program, diagnostics: [...lexed.diagnostics, ...parsed.diagnostics] };
}

const internal = (what: string): Formatted => ({
  diagnostics: [error(CODES.internal, `internal formatter error: ${what}`, { start: 0, end: 0 }, { suggestions: ["please report this with the program that caused it"] })],
});

export function format(source: string): Formatted {
  try {
    return formatChecked(source);
  } catch (e) {
    return internal(e instanceof Error ? e.message : String(e));
  }
}

function formatChecked(source: string): Formatted {
  const before = readSyntax(source);
  if (before.diagnostics.length) return { diagnostics: before.diagnostics };
  const text = layout(before.tokens, before.comments, new LineMap(source));
  const after = readSyntax(text);
  if (after.diagnostics.length || treeKey(after.program) !== treeKey(before.program) || commentKey(after.comments) !== commentKey(before.comments)) {
    return internal("the formatted program would differ from this one, so it is left as it is");
  }
  return { text, diagnostics: [] };
}

/** The syntax tree without its source positions. */
function treeKey(p: Program): string {
  return JSON.stringify(p, (k, v) => (/span$/i.test(k) ? undefined : typeof v === "bigint" ? `${v}n` : v));
}

const commentText = (c: IToken) => c.image.trimEnd();
const commentKey = (cs: IToken[]) => cs.map(commentText).join("\n");

/** A logical line: what the layout pass ends with a NEWLINE, at its block depth. */
interface Line { level: number; tokens: IToken[] }

function logicalLines(tokens: IToken[]): Line[] {
  const lines: Line[] = [];
  let level = 0, current: IToken[] = [];
  for (const t of tokens) {
    if (t.tokenType === T.Indent) level++;
    else if (t.tokenType === T.Dedent) level--;
    else if (t.tokenType === T.Newline) {
      if (current.length) lines.push({ level, tokens: current });
      current = [];
    } else current.push(t);
  }
  if (current.length) lines.push({ level, tokens: current });
  return lines;
}

/** Comments by the token they belong to: `trailing` ends that token's line, `leading` stand on lines
 *  of their own before it (`end`: after the last token). */
interface Comments { trailing: Map<IToken, IToken>; leading: Map<IToken, IToken[]>; end: IToken[] }

function attachComments(tokens: IToken[], comments: IToken[], lines: LineMap): Comments {
  const out: Comments = { trailing: new Map(), leading: new Map(), end: [] };
  let i = 0;
  for (const c of comments) {
    while (i < tokens.length && tokens[i].startOffset < c.startOffset) i++;
    const prev = tokens[i - 1], next = tokens[i];
    if (prev && lines.line(prev.endOffset!) === lines.line(c.startOffset)) out.trailing.set(prev, c);
    else if (next) out.leading.set(next, [...(out.leading.get(next) ?? []), c]);
    else out.end.push(c);
  }
  return out;
}

/** One output row: its text, and the comment that ends it (aligned with its neighbours' later). */
interface Row { text: string; comment?: string; blankBefore: boolean }

/** `sourceLines` numbers the source's lines (Chevrotain's own count takes "\r\n" for two). */
function layout(tokens: IToken[], comments: IToken[], sourceLines: LineMap): string {
  const lineOf = (t: IToken) => sourceLines.line(t.startOffset);
  const lines = logicalLines(tokens);
  const attached = attachComments(lines.flatMap((l) => l.tokens), comments, sourceLines);
  const rows: Row[] = [];
  let lastLine = 0; // the source line the previous row ended on
  const blank = (line: number) => rows.length > 0 && line > lastLine + 1;
  /** Source columns of the blocks open at the previous line, by level. */
  let columns: number[] = [];
  const standalone = (cs: IToken[], nextLevel: number, nextColumn?: number) => {
    const open = nextColumn !== undefined && nextLevel >= columns.length ? [...columns, nextColumn] : columns;
    for (const c of cs) {
      // a comment belongs to the deepest open block its column reaches, and at least to the next line's
      let level = 0;
      for (let k = 0; k < open.length; k++) if (open[k] <= c.startColumn!) level = k;
      level = Math.max(level, nextLevel);
      rows.push({ text: " ".repeat(INDENT_WIDTH * level) + commentText(c), blankBefore: blank(lineOf(c)) });
      lastLine = lineOf(c);
    }
  };
  for (const line of lines) {
    const first = line.tokens[0], last = line.tokens[line.tokens.length - 1];
    standalone(attached.leading.get(first) ?? [], line.level, first.startColumn);
    columns = [...columns.slice(0, line.level), first.startColumn!];
    const pad = INDENT_WIDTH * line.level;
    const text = " ".repeat(pad) + layoutDoc(lineDoc(line.tokens, attached), WIDTH, pad);
    const physical = text.split("\n");
    physical.forEach((p, k) => rows.push({ text: p, blankBefore: k === 0 && blank(lineOf(first)) }));
    const trailing = attached.trailing.get(last);
    if (trailing) rows[rows.length - 1].comment = commentText(trailing);
    lastLine = lineOf(last);
  }
  standalone(attached.end, 0);
  alignComments(rows);
  return rows.map((r) => (r.blankBefore ? "\n" : "") + r.text + (r.comment ?? "") + "\n").join("");
}

/** Trailing comments of adjacent rows start in one column, two spaces after the longest row. */
function alignComments(rows: Row[]): void {
  for (let i = 0; i < rows.length;) {
    if (rows[i].comment === undefined) { i++; continue; }
    let j = i + 1;
    while (j < rows.length && rows[j].comment !== undefined && !rows[j].blankBefore) j++;
    const column = Math.max(...rows.slice(i, j).map((r) => r.text.length)) + 2;
    for (let k = i; k < j; k++) rows[k].text = rows[k].text.padEnd(column);
    i = j;
  }
}

/** A token, or a bracket pair with what it holds. */
interface Leaf { token: IToken; index: number }
interface Bracket { open: Leaf; body: Node[]; close?: Leaf }
type Node = Leaf | Bracket;

const isLeaf = (n: Node | undefined): n is Leaf => !!n && "token" in n;
const leafType = (n: Node | undefined) => (isLeaf(n) ? n.token.tokenType : undefined);

function tree(tokens: IToken[]): Node[] {
  const root: Node[] = [];
  const stack: { open: Leaf; body: Node[] }[] = [];
  const into = () => (stack.length ? stack[stack.length - 1].body : root);
  tokens.forEach((token, index) => {
    const leaf: Leaf = { token, index };
    const t = token.tokenType;
    if (t === T.LParen || t === T.LBracket || t === T.LBrace) stack.push({ open: leaf, body: [] });
    else if ((t === T.RParen || t === T.RBracket || t === T.RBrace) && stack.length) {
      const g = stack.pop()!;
      into().push({ open: g.open, body: g.body, close: leaf });
    } else into().push(leaf);
  });
  while (stack.length) { const g = stack.pop()!; into().push({ open: g.open, body: g.body }); }
  return root;
}

/** The layout of one logical line, before it is fitted to the width. */
function lineDoc(tokens: IToken[], comments: Comments): Doc {
  const spaces = spacesBefore(tokens);
  const last = tokens[tokens.length - 1];

  // the first token's leading comments are rows of their own, before the line (layout)
  const leadingDoc = (leaf: Leaf): Doc[] => leaf.index === 0 ? [] : (comments.leading.get(leaf.token) ?? []).flatMap((c) => [hardBreak, commentText(c), hardBreak]);
  const trailingDoc = (leaf: Leaf): Doc[] => {
    const c = leaf.token !== last ? comments.trailing.get(leaf.token) : undefined;
    return c ? [note("  " + commentText(c)), hardBreak] : [];
  };
  const tokenDoc = (leaf: Leaf): string => spaces[leaf.index] + leaf.token.image;
  const leafDoc = (leaf: Leaf): Doc => [...leadingDoc(leaf), tokenDoc(leaf), ...trailingDoc(leaf)];
  /** Does a comment force a line break just before this leaf? */
  const brokenBefore = (leaf: Leaf) => leadingDoc(leaf).length > 0 || (leaf.index > 0 && tokens[leaf.index - 1] !== last && comments.trailing.has(tokens[leaf.index - 1]));

  const nodeDoc = (n: Node): Doc => (isLeaf(n) ? leafDoc(n) : bracketDoc(n));

  const bracketDoc = (g: Bracket): Doc => {
    // comments before the opening bracket and after the closing one stay outside the group, and
    // those before the closing one inside, indented with the items
    const open = [tokenDoc(g.open), ...trailingDoc(g.open)];
    const close = g.close ? tokenDoc(g.close) : "";
    const closeLeading = g.close ? leadingDoc(g.close) : [];
    const outside = (doc: Doc): Doc => [leadingDoc(g.open), doc, g.close ? trailingDoc(g.close) : []];
    if (!g.body.length && !closeLeading.length) return outside([open, close]);
    const inner: Doc[] = [softBreak];
    for (const item of items(g.body)) {
      inner.push(sequenceDoc(item.nodes));
      if (item.comma) inner.push(leafDoc(item.comma), softBreak);
    }
    return outside(group([open, indent([...inner, ...closeLeading]), softBreak, close], SHORT));
  };

  /** Nodes side by side; a chain of two or more `.name` links is a group that breaks before each. */
  const sequenceDoc = (nodes: Node[]): Doc => {
    const out: Doc[] = [];
    for (let i = 0; i < nodes.length;) {
      const end = chainEnd(nodes, i);
      const dots: number[] = [];
      for (let k = i + 1; k < end; k++) if (leafType(nodes[k]) === T.Dot) dots.push(k);
      if (!dots.length) { out.push(nodes.slice(i, end).map(nodeDoc)); i = end; continue; }
      const head = nodes.slice(i, dots[0]).map(nodeDoc);
      const named = dots.filter((k) => leafType(nodes[k + 1]) === T.Ident).length;
      const links = dots.map((k, j) => {
        const dot = nodes[k] as Leaf;
        const at = named >= 2 && leafType(nodes[k + 1]) === T.Ident ? softBreak : brokenBefore(dot) ? hardBreak : "";
        return [at, nodes.slice(k, dots[j + 1] ?? end).map(nodeDoc)];
      });
      // a chain of one link breaks only where a comment makes it, and is indented only then
      const split = named >= 2 || dots.some((k) => brokenBefore(nodes[k] as Leaf));
      out.push(named >= 2 ? group([head, indent(links)], SHORT) : split ? [head, indent(links)] : [head, links]);
      i = end;
    }
    return out;
  };

  return sequenceDoc(tree(tokens));
}

/** The items of a bracket: its nodes split at its commas, unless it holds a comprehension
 *  (`[a * b for a, b in ps]`), whose commas separate no items. */
function items(body: Node[]): { nodes: Node[]; comma?: Leaf }[] {
  if (body.some((n) => leafType(n) === T.For)) return [{ nodes: body }];
  const out: { nodes: Node[]; comma?: Leaf }[] = [];
  let nodes: Node[] = [];
  for (const n of body) {
    if (leafType(n) === T.Comma) { out.push({ nodes, comma: n as Leaf }); nodes = []; } else nodes.push(n);
  }
  if (nodes.length) out.push({ nodes });
  return out;
}

/** Where the operand that starts at `i` ends: a name or literal or bracket, then `.name`, `.0`,
 *  call arguments and indexes. */
function chainEnd(nodes: Node[], i: number): number {
  let k = i + 1;
  for (; k < nodes.length; k++) {
    const n = nodes[k], prev = nodes[k - 1];
    const t = leafType(n), p = leafType(prev);
    const link = t === T.Dot && (leafType(nodes[k + 1]) === T.Ident || leafType(nodes[k + 1]) === T.IntLit);
    const linkName = p === T.Dot;
    const call = !isLeaf(n) && n.open.token.tokenType === T.LParen && p === T.Ident;
    const index = !isLeaf(n) && n.open.token.tokenType === T.LBracket && (!isLeaf(prev) || OPERAND.has(p!));
    if (!(link || linkName || call || index)) break;
  }
  return k;
}

const OPERAND = new Set([T.Ident, T.IntLit, T.FloatLit, T.StrLit, T.True, T.False, T.Null, T.Underscore, T.NumPlaceholder]);
