// What the front end refuses before it lexes: sources too large to be programs, and binary files.
// Shared by the compiler (frontend.ts) and the formatter.
import { CODES, Diagnostic, error } from "../diagnostics.js";

export const MAX_SOURCE = 16 * 1024 * 1024;
/** Past this many tokens a program is not parsed: no real program is that long, and the parse
 *  of a pathological one (a 10 MB line of `1 + 1 + …`) would take minutes. */
export const MAX_TOKENS = 500_000;

/** Why `source` cannot be read as a program at all, if it cannot. */
export function sourceProblem(source: string): Diagnostic | undefined {
  if (source.length > MAX_SOURCE) {
    return error(CODES.tooLong, `the source is ${(source.length / 1048576).toFixed(1)} MB; the limit is ${MAX_SOURCE / 1048576} MB`, { start: 0, end: 1 });
  }
  const nul = source.indexOf("\0");
  if (nul >= 0) {
    return error(CODES.notText, "this is not Ideo source: it contains NUL bytes (a binary file?)", { start: nul, end: nul + 1 });
  }
  const estimate = countTokenStarts(source);
  if (estimate > MAX_TOKENS) {
    return error(CODES.tooLong, `the program has about ${estimate} tokens; the limit is ${MAX_TOKENS}`, { start: 0, end: 1 }, { suggestions: ["split it into functions, or keep large data outside the program and pass it in"] });
  }
  return undefined;
}

/** A fast upper estimate of the token count: starts of words, numbers and punctuation, with
 *  string literals counted once. */
function countTokenStarts(s: string): number {
  let n = 0, prevWord = false, inStr = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inStr) { if (c === inStr || c === 10) inStr = 0; else if (c === 92) i++; continue; }
    if (c === 34 || c === 39) { inStr = c; n++; prevWord = false; continue; }
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (word) { if (!prevWord) n++; }
    else if (c !== 32 && c !== 10 && c !== 13 && c !== 9) n++;
    prevWord = word;
  }
  return n;
}
