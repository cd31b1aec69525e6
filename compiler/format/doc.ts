// A small layout algebra for the formatter, after Wadler's "prettier printer": text, groups that
// print on one line when they fit and break every one of their line breaks when they do not, and
// indentation for what a broken group puts on its own lines.

export type Doc = string | Doc[] | Group | Indent | Break | Note;

/** `broken`: the group holds a hard break (a comment ends a line in it), so it never prints flat;
 *  `whole`: it is too short for breaking it to help, so it always does. */
export interface Group { kind: "group"; body: Doc; broken: boolean; whole: boolean }
export interface Indent { kind: "indent"; body: Doc }
/** A place a line may break: nothing when its group is flat, a new line when it is broken. `hard`
 *  always breaks. */
export interface Break { kind: "break"; hard: boolean }
/** Text that takes no room when measuring what fits: a comment at the end of a line. */
export interface Note { kind: "note"; text: string }

export const softBreak: Break = { kind: "break", hard: false };
export const hardBreak: Break = { kind: "break", hard: true };
export const indent = (body: Doc): Indent => ({ kind: "indent", body });
export const note = (text: string): Note => ({ kind: "note", text });
/** A group that breaks when it does not fit, unless it is `minWidth` columns or fewer on one line. */
export function group(body: Doc, minWidth = 0): Group {
  const broken = hasHardBreak(body);
  return { kind: "group", body, broken, whole: !broken && flatWidth(body) <= minWidth };
}

function flatWidth(d: Doc): number {
  if (typeof d === "string") return d.length;
  if (Array.isArray(d)) return d.reduce((n: number, x) => n + flatWidth(x), 0);
  return d.kind === "group" || d.kind === "indent" ? flatWidth(d.body) : 0;
}

function hasHardBreak(d: Doc): boolean {
  if (typeof d === "string") return false;
  if (Array.isArray(d)) return d.some(hasHardBreak);
  switch (d.kind) {
    case "break": return d.hard;
    case "group": return d.broken;
    case "indent": return hasHardBreak(d.body);
    default: return false;
  }
}

type Mode = "flat" | "break";
interface Command { indent: number; mode: Mode; doc: Doc }

export const INDENT_WIDTH = 2;

/**
 * Lay `doc` out in `width` columns, its first line starting at column `start` (0-based) and every
 * new line indented by `start` plus its indentation. A new line is only written before the next
 * text, and spaces that would start a line are dropped, so no line ends or starts with a space
 * whatever breaks.
 */
export function layoutDoc(doc: Doc, width: number, start: number): string {
  const out: string[] = [];
  let column = start;
  let newLineAt: number | undefined; // the indentation of a line break not yet written
  const stack: Command[] = [{ indent: start, mode: "break", doc }];
  const write = (text: string) => {
    if (newLineAt !== undefined) {
      text = text.replace(/^ +/, "");
      if (!text) return;
      out.push("\n" + " ".repeat(newLineAt));
      column = newLineAt;
      newLineAt = undefined;
    }
    out.push(text);
    column += text.length;
  };
  while (stack.length) {
    const { indent, mode, doc: d } = stack.pop()!;
    if (typeof d === "string") { write(d); continue; }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) stack.push({ indent, mode, doc: d[i] });
      continue;
    }
    switch (d.kind) {
      case "note": write(d.text); break;
      case "indent": stack.push({ indent: indent + INDENT_WIDTH, mode, doc: d.body }); break;
      case "break":
        if (d.hard || mode === "break") newLineAt = indent;
        break;
      case "group": {
        const flat: Command = { indent, mode: "flat", doc: d.body };
        const fitsFlat = mode === "flat" || d.whole || (!d.broken && fits(flat, stack, width - (newLineAt ?? column)));
        stack.push(fitsFlat ? flat : { indent, mode: "break", doc: d.body });
        break;
      }
    }
  }
  return out.join("");
}

/** Does `next` fit in `room` columns, followed by what remains on its line of `rest`? */
function fits(next: Command, rest: Command[], room: number): boolean {
  const todo: Command[] = [next];
  let restAt = rest.length - 1;
  while (room >= 0) {
    if (!todo.length) {
      if (restAt < 0) return true;
      todo.push(rest[restAt--]);
      continue;
    }
    const { indent, mode, doc: d } = todo.pop()!;
    if (typeof d === "string") { room -= d.length; continue; }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) todo.push({ indent, mode, doc: d[i] });
      continue;
    }
    switch (d.kind) {
      case "note": break;
      case "indent": todo.push({ indent: indent + INDENT_WIDTH, mode, doc: d.body }); break;
      case "break": if (d.hard || mode === "break") return true; break;
      case "group": todo.push({ indent, mode: d.broken ? "break" : d.whole ? "flat" : mode, doc: d.body }); break;
    }
  }
  return false;
}
