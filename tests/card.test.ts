// The card (`ideo prompt`) is the language as most models learn it: its syntax part is a program in
// the compact style, compiled and run here, that must print what its "# prints" line says; it is
// kept whole under every budget. Its block lines' short docs read whole (no code cut in two, no
// phrase left hanging where an aside was dropped), for every block.
import { describe, it, expect } from "vitest";
import { CARD_SYNTAX, promptCard, shortDoc } from "../cli/mcp-tools.js";
import { compile, load } from "../compiler/index.js";
import { loadRegistry } from "../compiler/blocks/registry.js";
import { analyze } from "../compiler/frontend.js";
import { countTokens } from "../compiler/tokens/count.js";

describe("the card's syntax part", () => {
  it("compiles without a single diagnostic", async () => {
    const r = await compile(CARD_SYNTAX, { file: "card.ideo" });
    expect(r.render()).toBe("");
    expect(r.wasm).toBeDefined();
  });

  it("is written the way the style lints ask: W0004–W0009 find nothing to shorten", async () => {
    const r = await analyze(CARD_SYNTAX, { file: "card.ideo", style: true });
    expect(r.diagnostics.map((d) => `${d.code} ${CARD_SYNTAX.slice(d.span.start, d.span.end)}`)).toEqual([]);
  });

  it("says true: the values JS passes decide the type of a parameter nothing in Ideo fixes", async () => {
    // the card's own program calls rev("ab"), which fixes rev to str there: its lines alone
    const lines = CARD_SYNTAX.split("\n").filter((l) => /^(rev|double|near)\b/.test(l)).join("\n");
    const ex = await load(lines);
    expect(ex.rev("ab")).toBe("ba");
    expect(ex.rev([1, 2])).toEqual([2, 1]);
    expect(ex.rev(["a", "b"])).toEqual(["b", "a"]);
    expect(ex.double(4)).toBe(8);
    expect(ex.double(1.25)).toBe(2.5);
    expect(ex.near([1.5, 5], 2)).toBe(0.5);
  });

  it("prints what its `# prints` line says", async () => {
    const promised = /^# prints (.*)$/m.exec(CARD_SYNTAX);
    expect(promised, "a `# prints …` line").not.toBeNull();
    let out = "";
    const ex = await load(CARD_SYNTAX, { write: (s) => { out += s; } });
    ex.main();
    expect(out).toBe(`${promised![1]}\n`);
  });

  it("shows what models reached for and did not find on the first card", () => {
    for (const form of ["and", "or", "not", "elif", " => ", "return", "[] and {}", "xs[i] = v", "exported to JS", "no annotations", "block's name", "mixed kinds are any", "a, b = b, a + b"]) {
      expect(CARD_SYNTAX, form).toContain(form);
    }
    // the compact style: no parameter is annotated
    expect(CARD_SYNTAX.match(/\w+\([^)]*:\s*[[(\w]/g)).toBeNull();
  });

  it("lists a block's overloads from their signatures: find with a default", async () => {
    const card = (await promptCard()).text!;
    expect(card).toContain("find(xs: [T], f: T => bool) -> T | find(xs: [T], f: T => bool, d: T) -> T — the first element for which f is true, else d");
  });

  it("is kept whole under every budget", async () => {
    // the smallest budget that holds the syntax part, then larger ones
    const least = Math.ceil(countTokens(`${CARD_SYNTAX}# 999 more blocks: find them with search_blocks, read one with explain_block\n`) / 100) * 100;
    for (const budget of [least, 1200, 2000]) {
      const card = (await promptCard(budget, "count the words of a text")).text!;
      expect(card.startsWith(CARD_SYNTAX.trimEnd()), `budget ${budget}`).toBe(true);
    }
  });
});

const registry = await loadRegistry();

/** Brackets and quotes the text opens and does not close, or closes without opening. */
function unbalanced(s: string): boolean {
  const stack: string[] = [];
  let quote = "";
  for (const c of s) {
    if (quote) { if (c === quote) quote = ""; continue; }
    if (c === '"' || c === "`") quote = c;
    else if ("([{".includes(c)) stack.push(c);
    // a half-open interval [0, m) closes with the other bracket
    else if (")]}".includes(c) && !(stack.pop() === "([{"[")]}".indexOf(c)] || c === ")")) return true;
  }
  return stack.length > 0 || quote !== "";
}

describe("the card's short docs", () => {
  it("read whole for every block", () => {
    const bad: string[] = [];
    for (const b of registry.blocks) {
      const s = shortDoc(b.def.doc);
      const hanging = /\b(as|from|into|of|the|an|to|with|by|and|or)(,|…$|$)/.test(s);
      if (unbalanced(s) || hanging || s.length < 5) bad.push(`${b.name}: ${s}`);
    }
    expect(bad).toEqual([]);
  });

  it("keep what a preposition introduces and a value's parts, and drop asides", () => {
    expect(shortDoc("a map from (key, value) pairs; later keys win")).toBe("a map from (key, value) pairs");
    expect(shortDoc("the date (year, month, day) of a day number (like Python's date.fromordinal)")).toBe("the date (year, month, day) of a day number");
    expect(shortDoc("every k-th element (or code point of a string) starting with the first, like Python's xs[::k], which is also Ideo syntax")).toBe("every k-th element starting with the first, which is also Ideo syntax");
    expect(shortDoc("the bits shifted right, filling with zeros (logical, like JavaScript's >>>): 0 when k >= 64")).toBe("the bits shifted right, filling with zeros: 0 when k >= 64");
  });

  it("cut a long clause between phrases, never inside brackets", () => {
    const s = shortDoc("every pair (x, y) with x from a and y from b, a-major: (a[0], b[0]), (a[0], b[1]), (a[1], b[0]), and so on to the end of both");
    expect(s.endsWith("…")).toBe(true);
    expect(unbalanced(s)).toBe(false);
  });
});
