// The card (`ideo prompt`) is the language as most models learn it: its syntax part is a program in
// the compact style, compiled and run here, that must print what its "# prints" line says; it is
// kept whole under every budget.
import { describe, it, expect } from "vitest";
import { CARD_SYNTAX, promptCard } from "../cli/mcp-tools.js";
import { compile, load } from "../compiler/index.js";

describe("the card's syntax part", () => {
  it("compiles without a single diagnostic", async () => {
    const r = await compile(CARD_SYNTAX, { file: "card.ideo" });
    expect(r.render()).toBe("");
    expect(r.wasm).toBeDefined();
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
    for (const form of ["and", "or", "not", "elif", " => ", "return", "[] and {}", "xs[i] = v", "exported to JS", "annotate only", "block's name", "mixed kinds are any"]) {
      expect(CARD_SYNTAX, form).toContain(form);
    }
    // the compact style: no parameter is annotated but the one that shows when it is needed
    expect(CARD_SYNTAX.match(/\w+\([^)]*:\s*[[(\w]/g)).toEqual(["rev(s: s"]);
  });

  it("is kept whole under every budget", async () => {
    for (const budget of [800, 1200, 2000]) {
      const card = (await promptCard(budget, "count the words of a text")).text!;
      expect(card.startsWith(CARD_SYNTAX.trimEnd()), `budget ${budget}`).toBe(true);
    }
  });
});
