// The grammar passes Chevrotain's own validations (the CLI skips them at start-up for speed), and the
// parser's lookahead stored by the build is the one the grammar gives.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { lookaheadTable, parse, validatedParser } from "../compiler/syntax/parser.js";
import { lex, validatedLexer } from "../compiler/syntax/lexer.js";
import { LOOKAHEAD_TABLE } from "../compiler/node-assets.js";

describe("grammar", () => {
  it("has no definition errors", () => {
    expect(() => validatedParser()).not.toThrow();
    expect(validatedLexer()).toEqual([]);
  });

  it("the stored lookahead (build/lookahead.json) is the grammar's", () => {
    expect(existsSync(LOOKAHEAD_TABLE), "run `npm run build`").toBe(true);
    const stored = JSON.parse(readFileSync(LOOKAHEAD_TABLE, "utf8"));
    const fresh = lookaheadTable();
    expect(stored.grammar, "build/lookahead.json is stale: run `npm run build`").toBe(fresh.grammar);
    expect(stored).toEqual(fresh);
    // the table decides real choices: statements, `else` bodies, lambdas against expressions
    for (const key of ["stmt/Alternation0", "elseBody/Alternation0", "expr/Alternation0"]) expect(fresh.paths[key]?.length, key).toBeGreaterThan(1);
  });

  it("parses with the stored lookahead as with Chevrotain's own", () => {
    const source = "fn f(xs)\n  ys = xs.map(x => x * 2)\n  if ys.len > 2: return ys.sum\n  else: ys.max\nprint(f([1, 2, 3]))\n";
    const { program, diagnostics } = parse(lex(source).tokens);
    expect(diagnostics).toEqual([]);
    expect(program.fns.map((f) => f.name)).toEqual(["f", "main"]);
  });
});
