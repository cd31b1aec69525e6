// editors/: the TextMate grammar tokenizes Ideo the way VS Code will (vscode-textmate on the
// Oniguruma regex engine, both from npm), and the VS Code extension's manifest points at files
// that are there.
import { describe, it, expect, beforeAll } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { allTokens } from "../compiler/syntax/lexer.js";
import { GRAMMAR, ideoTokenizer, Tokenize } from "../scripts/grammar.js";

const EXT = join(ROOT, "editors", "vscode");
let tokenizeLines: Tokenize;
beforeAll(async () => { tokenizeLines = await ideoTokenizer(); });

/** Each piece of `text` with the innermost scope the grammar gives it. */
const tokenize = (text: string) => tokenizeLines(text).flat().map((p) => ({ text: p.text, scope: p.scopes[p.scopes.length - 1] }));

const scopeOf = (tokens: { text: string; scope: string }[], text: string) => tokens.find((t) => t.text === text)?.scope;

describe("the TextMate grammar", () => {
  it("is valid JSON with the Ideo scope name", () => {
    const g = JSON.parse(readFileSync(GRAMMAR, "utf8"));
    expect(g.scopeName).toBe("source.ideo");
  });

  it("gives a sample program's pieces their scopes", () => {
    const tokens = tokenize([
      "# a comment",
      "close(xs: [float], t: float) = xs.sort.gaps.min < t  # trailing",
      "double = _ * 2",
      "fn main",
      '  s = "tab\\there \\u{1F600} \\q"',
      "  n = 0xff + 0b101 + 42 + 1.5e3",
      "  for i in 1..n",
      "    if i % 2 == 0 and not done: continue",
      "  print(xs.fold(0, _1 + _2), xs.map(x => x * 2) ?? null, true)",
    ].join("\n"));
    const expected: [string, string][] = [
      ["#", "punctuation.definition.comment.ideo"],
      [" a comment", "comment.line.number-sign.ideo"],
      ["close", "entity.name.function.ideo"],
      ["float", "support.type.ideo"],
      ["sort", "support.function.block.ideo"],
      ["double", "entity.name.function.ideo"],
      ["_", "variable.language.placeholder.ideo"],
      ["_1", "variable.language.placeholder.ideo"],
      ["fn", "storage.type.function.ideo"],
      ["main", "entity.name.function.ideo"],
      ["\\t", "constant.character.escape.ideo"],
      ["\\u{1F600}", "constant.character.escape.ideo"],
      ["\\q", "invalid.illegal.escape.ideo"],
      ["0xff", "constant.numeric.hex.ideo"],
      ["0b101", "constant.numeric.binary.ideo"],
      ["42", "constant.numeric.integer.ideo"],
      ["1.5e3", "constant.numeric.float.ideo"],
      ["..", "keyword.operator.range.ideo"],
      ["for", "keyword.control.ideo"],
      ["continue", "keyword.control.ideo"],
      ["and", "keyword.operator.logical.ideo"],
      ["==", "keyword.operator.comparison.ideo"],
      ["=>", "keyword.operator.arrow.ideo"],
      ["??", "keyword.operator.coalesce.ideo"],
      ["true", "constant.language.ideo"],
      ["print", "entity.name.function.call.ideo"],
    ];
    for (const [text, scope] of expected) expect(scopeOf(tokens, text), text).toBe(scope);
    expect(scopeOf(tokens, " trailing")).toBe("comment.line.number-sign.ideo");
    const decl = tokenize('import "lib/util.ideo"\nextern now() -> float\nimport = 2');
    expect(scopeOf(decl, "import")).toBe("keyword.control.import.ideo");
    expect(scopeOf(decl, "extern")).toBe("storage.modifier.extern.ideo");
    expect(scopeOf(decl, "now")).toBe("entity.name.function.ideo");
    expect(tokens.filter((t) => t.scope.startsWith("string.quoted.double")).map((t) => t.text).join("")).toContain("here ");
  });

  it("scopes every keyword of the lexer", () => {
    const words = allTokens.map((t) => t.PATTERN).filter((p): p is RegExp => p instanceof RegExp && /^[a-z]+$/.test(p.source)).map((p) => p.source);
    expect(words).toContain("while");
    const tokens = tokenize(words.join("\n"));
    for (const w of words) expect(scopeOf(tokens, w), w).toMatch(/^(keyword|storage\.type|constant\.language)\./);
  });

  it("does not take a call statement or a lambda argument for a definition", () => {
    const tokens = tokenize("print(close([1.0], 0.3))\nys = xs.map(_ * 2)");
    expect(scopeOf(tokens, "print")).toBe("entity.name.function.call.ideo");
    expect(scopeOf(tokens, "ys")).not.toBe("entity.name.function.ideo");
  });
});

describe("the VS Code extension", () => {
  const pkg = JSON.parse(readFileSync(join(EXT, "package.json"), "utf8"));

  it("points at files that exist", () => {
    const paths = [pkg.main, ...pkg.contributes.languages.map((l: { configuration: string }) => l.configuration), ...pkg.contributes.grammars.map((g: { path: string }) => g.path)];
    expect(paths.length).toBe(3);
    for (const p of paths) expect(existsSync(join(EXT, p)), p).toBe(true);
    expect(pkg.contributes.grammars[0].scopeName).toBe("source.ideo");
    expect(pkg.contributes.languages[0].extensions).toEqual([".ideo"]);
    expect(pkg.dependencies["vscode-languageclient"]).toBeDefined();
  });

  it("has a language configuration for # comments, brackets and indentation", () => {
    const conf = JSON.parse(readFileSync(join(EXT, "language-configuration.json"), "utf8"));
    expect(conf.comments.lineComment).toBe("#");
    const increase = new RegExp(conf.indentationRules.increaseIndentPattern);
    for (const line of ["fn main", "fn collatz(n)", "  while n != 1", "  for x in xs  # each", "  if n > 0", "  else", "fizz(n)", "f(x) -> int"]) expect(increase.test(line), line).toBe(true);
    for (const line of ["  if n > 0: return 1", "close(xs, t) = xs.sort.gaps.min < t", "  x = 1", "  print(x)  # out"]) expect(increase.test(line), line).toBe(false);
  });

  it("has an entry that parses and starts `ideo lsp`", () => {
    const r = spawnSync(process.execPath, ["--check", join(EXT, pkg.main)], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(EXT, pkg.main), "utf8")).toMatch(/"lsp"/);
  });
});
