// Where the canonical layout puts a space between two tokens of one line: around binary operators,
// `=`, `=>` and `->`, after commas and keywords, after the `:` of an annotation, a map entry or an
// inline body; none inside brackets, around `.` and `..`, after a unary `-` or `~`, before `(` of a
// call or `[` of an index, nor around the `:` of a slice (`xs[1:-1]`).
import type { IToken, TokenType } from "chevrotain";
import * as T from "../syntax/lexer.js";

const OPEN = new Set<TokenType>([T.LParen, T.LBracket, T.LBrace]);
const CLOSE = new Set<TokenType>([T.RParen, T.RBracket, T.RBrace]);
/** Tokens that can end an operand: after one, `-` is binary and `[` indexes. */
const OPERAND_END = new Set<TokenType>([
  T.Ident, T.IntLit, T.FloatLit, T.StrLit, T.True, T.False, T.Null, T.Underscore, T.NumPlaceholder,
  T.RParen, T.RBracket, T.RBrace,
]);

interface Frame { index: boolean; openIfs: number }

/**
 * For each token of a logical line, the text that goes before it when the line is on one line:
 * "" or " ". A `- 1` that was apart stays apart: it parses as a negated literal, `-1` as a negative one.
 */
export function spacesBefore(tokens: IToken[]): string[] {
  const out: string[] = [];
  const frames: Frame[] = [{ index: false, openIfs: 0 }];
  let unaryPrev = false; // was the previous token a unary `-` or `~`?
  let slicePrev = false; // was the previous token the `:` of a slice?
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].tokenType, prev = tokens[i - 1]?.tokenType;
    const frame = frames[frames.length - 1];
    let space: boolean;
    let sliceColon = false;
    if (t === T.Colon) {
      sliceColon = frame.index && frame.openIfs === 0;
      if (!sliceColon && frame.openIfs > 0) frame.openIfs--;
    }
    if (prev === undefined) space = false;
    else if (CLOSE.has(t) || OPEN.has(prev) || t === T.Comma || t === T.Dot || prev === T.Dot || t === T.DotDot || prev === T.DotDot || t === T.Question) space = false;
    else if (t === T.Colon) space = false;
    else if (prev === T.Colon) space = !slicePrev;
    else if (unaryPrev) {
      // a literal right after a unary minus is a negative literal; apart, a negated one
      space = (t === T.IntLit || t === T.FloatLit) && tokens[i].startOffset > tokens[i - 1].endOffset! + 1;
    } else if (t === T.LParen) space = prev !== T.Ident;
    else if (t === T.LBracket) space = !OPERAND_END.has(prev);
    else space = true;
    // Python's `elif` reaches here as the layout pass splits it, "el" and "if": it stays one word
    if (t === T.If && prev === T.Else && tokens[i - 1].image === "el") space = false;
    // `p.0 .1` must not become `p.0.1`, which reads as `p . 0.1`
    if (t === T.Dot && prev === T.IntLit && tokens[i + 1]?.tokenType === T.IntLit) space = true;
    out.push(space ? " " : "");

    unaryPrev = (t === T.Minus && (prev === undefined || !OPERAND_END.has(prev))) || t === T.Tilde;
    if (t === T.If) frame.openIfs++;
    if (OPEN.has(t)) frames.push({ index: t === T.LBracket && prev !== undefined && OPERAND_END.has(prev), openIfs: 0 });
    else if (CLOSE.has(t) && frames.length > 1) frames.pop();
    slicePrev = sliceColon;
  }
  return out;
}
