// docs/editor.png: examples/tour.ideo highlighted by the TextMate grammar (scripts/grammar.ts),
// laid out as HTML and photographed by headless Chromium. Run: npm run render:grammar
// (needs `chromium` on the PATH: apt-get install chromium).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { ideoTokenizer } from "./grammar.js";

/** Colours by scope, the first prefix that matches a piece's innermost scope. */
const THEME: [string, string][] = [
  ["comment", "#6a737d"], ["string", "#0a7d32"], ["constant.character.escape", "#b35900"], ["constant.numeric", "#005cc5"],
  ["constant.language", "#005cc5"], ["keyword", "#a0219e"], ["storage.type", "#a0219e"], ["entity.name.function.call", "#1f3a93"],
  ["entity.name.function", "#b0291c"], ["support.function.block", "#0a6e8a"], ["support.type", "#6f42c1"],
  ["variable.language.placeholder", "#d6336c"], ["punctuation.definition.comment", "#6a737d"], ["punctuation.definition.string", "#0a7d32"],
];

const source = readFileSync(join(ROOT, "examples", "tour.ideo"), "utf8").trimEnd().split("\n").slice(0, 36).join("\n");
const tokenize = await ideoTokenizer();
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const html = tokenize(source).map((line) => line.map((p) => {
  const scope = p.scopes[p.scopes.length - 1];
  const colour = THEME.find(([prefix]) => scope.startsWith(prefix))?.[1];
  return colour ? `<span style="color:${colour}">${escape(p.text)}</span>` : escape(p.text);
}).join("")).join("\n");
const lines = source.split("\n").length;
const page = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fbfbfa">
<pre style="margin:0;padding:16px 20px;font:14px/20px 'DejaVu Sans Mono',monospace;color:#24292e">${html}</pre>`;
const dir = mkdtempSync(join(tmpdir(), "ideo-grammar-"));
writeFileSync(join(dir, "tour.html"), page);
const out = join(ROOT, "docs", "editor.png");
execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", `--screenshot=${out}`,
  `--window-size=860,${lines * 20 + 32}`, `file://${join(dir, "tour.html")}`], { stdio: "ignore" });
console.error(`wrote ${out}`);
