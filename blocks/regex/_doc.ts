// The pattern syntax, shared by the docs of the regex blocks (no default export: not a block).
export const SYNTAX =
  "Pattern syntax (anything else faults argument): literal code points; . (any but \\n); classes [abc] [a-z0-9_] [^...] (ranges by code point, escapes inside); " +
  "\\d \\w \\s and \\D \\W \\S (ASCII: [0-9], [A-Za-z0-9_], [ \\t\\n\\r\\f\\v]); \\b \\B word boundaries; \\n \\t \\r; escaped metacharacters \\. \\\\ \\( \\) \\[ \\] \\{ \\} \\* \\+ \\? \\| \\^ \\$ \\-; " +
  "^ $ (start and very end of the whole string, no multiline mode); groups ( ) and (?: ); alternation | (leftmost first); quantifiers * + ? {n} {n,} {n,m} (greedy, counts up to 100000) and lazy *? +? ?? {n,m}?. " +
  "Backtracking semantics of JavaScript's RegExp with the u flag (and of Python's re for this subset, but for $ before a final \\n), on code points. " +
  "Matching (all positions of one call) that takes more than 10^7 + 100 per byte of s steps, i.e. catastrophic backtracking such as (a*)*b on a run of a's, faults argument";
