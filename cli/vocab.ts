// `ideo vocab [QUERY]` and `ideo explain NAME`: the blocks, their signatures, docs and examples.
import type { Command } from "commander";
import { EXPLANATIONS, explanation, faultExplanation } from "../compiler/explain.js";
import { analyze } from "../compiler/frontend.js";
import "../compiler/node-assets.js";
import { assets } from "../compiler/assets.js";
import { BlockInfo, loadRegistry } from "../compiler/blocks/registry.js";
import { showSig } from "../compiler/blocks/signature.js";
import { nameTokens } from "../compiler/tokens/count.js";
import { closest, render } from "../compiler/diagnostics.js";

/** The command that property-tests one block: its room's test file, its instantiations only. */
export function propertyTestCommand(b: BlockInfo): string {
  return `npx vitest run ${b.room} -t " ${b.name}[_ ]"`;
}

export function signatureText(b: BlockInfo): string[] {
  return b.sigs.map((s) => `${b.name}(${s.params.map((p) => `${p.name}: ${showSig(p.type)}`).join(", ")}) -> ${showSig(s.result)}`);
}

export function blockJson(b: BlockInfo, sizes = assets().templateSizes()) {
  return {
    name: b.name,
    aliases: b.def.aliases ?? [],
    category: b.category,
    signature: signatureText(b),
    doc: b.def.doc,
    example: b.def.examples[0]?.code,
    result: b.def.examples[0]?.result,
    examples: b.def.examples,
    types: b.instances.map((i) => i.key || "-"),
    templateBytes: Object.fromEntries(b.instances.map((i) => [i.key || "-", sizes[i.fn] ?? null])),
    tokens: nameTokens(b.name),
  };
}

function matches(b: BlockInfo, q: string): boolean {
  const s = q.toLowerCase();
  return [b.name, ...(b.def.aliases ?? []), b.category, b.def.doc].some((x) => x.toLowerCase().includes(s));
}

export function vocabCommand(program: Command): void {
  program.command("vocab")
    .description("list the blocks: name, category, signature, doc, example")
    .argument("[query]", "only blocks whose name, alias, category or doc contains this")
    .option("--json", "print JSON: name, aliases, category, signature, doc, example, result, types, templateBytes, tokens")
    .option("--tokens", "print each name's tokens in o200k_base and cl100k_base after a space and after a dot, and the share that costs one")
    .addHelpText("after", `
Examples:
  $ ideo vocab sort
  $ ideo vocab --json | jq length
  $ ideo vocab --tokens | tail -3`)
    .action(async (query: string | undefined, opts) => {
      const registry = await loadRegistry();
      const blocks = registry.blocks.filter((b) => !query || matches(b, query)).sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
      if (opts.json) { const sizes = assets().templateSizes(); console.log(JSON.stringify(blocks.map((b) => blockJson(b, sizes)), null, 1)); return; }
      if (opts.tokens) {
        let space = 0, dot = 0, fused = 0;
        for (const b of blocks) {
          const t = nameTokens(b.name);
          if (t.o200k === 1 && t.cl100k === 1) space++;
          if (t.dot.o200k <= 1 && t.dot.cl100k <= 1) dot++;
          if (t.dot.o200k === 0 && t.dot.cl100k === 0) fused++;
          console.log(`${b.name.padEnd(14)} space: o200k ${t.o200k}  cl100k ${t.cl100k}   dot: o200k ${t.dot.o200k}  cl100k ${t.dot.cl100k}`);
        }
        const pct = (n: number) => `${n} of ${blocks.length} names (${((100 * n) / Math.max(1, blocks.length)).toFixed(1)}%)`;
        console.log(`${pct(space)} are one token after a space in both tokenizers`);
        console.log(`${pct(dot)} cost at most one token after a dot in both (x.name minus x.); ${fused} of them fuse with the dot into one token`);
        return;
      }
      if (!blocks.length) { console.error(`no block matches '${query}'`); process.exit(1); }
      let cat = "";
      for (const b of blocks) {
        if (b.category !== cat) { cat = b.category; console.log(`\n${cat}`); }
        const ex = b.def.examples[0];
        console.log(`  ${signatureText(b).join(" | ")}\n      ${b.def.doc}${ex ? `   e.g. ${ex.code} → ${ex.result}` : ""}`);
      }
      console.log(`\n${blocks.length} block${blocks.length === 1 ? "" : "s"}`);
    });
}

export function explainCommand(program: Command): void {
  program.command("explain")
    .description("show one block in full (signature, doc, aliases, examples, instantiations, template sizes), or what a diagnostic code or a runtime fault means")
    .argument("<name>", "a block name or alias, a diagnostic code such as E0201 or W0006, or a runtime fault's message")
    .option("--json", "print it as JSON")
    .addHelpText("after", `
Examples:
  $ ideo explain sort
  $ ideo explain dedupe          aliases resolve to their block
  $ ideo explain W0006           a diagnostic: what it means, an example, its fix
  $ ideo explain "out of fuel"   a runtime fault: why it happens, what to do`)
    .action(async (name: string, opts) => {
      if (/^[EW]\d{4}$/i.test(name)) return explainCode(name.toUpperCase(), !!opts.json);
      const fault = faultExplanation(name);
      if (fault) { console.log(opts.json ? JSON.stringify(fault, null, 1) : `${fault.message} (a runtime fault)\n\n${fault.text}`); return; }
      const registry = await loadRegistry();
      const b = registry.get(name);
      if (!b) {
        const near = closest(name, [...registry.names(), ...registry.aliases()]);
        console.error(`error: no block '${name}'${near.length ? ` — did you mean ${near.map((n) => `'${n}'`).join(", ")}?` : ""}`);
        process.exit(1);
      }
      const j = blockJson(b);
      const test = propertyTestCommand(b);
      if (opts.json) { console.log(JSON.stringify({ ...j, test }, null, 1)); return; }
      console.log([
        `${b.name}  (${b.category})${registry.isAlias(name) ? `  — '${name}' is an alias` : ""}`,
        ...j.signature.map((s) => `  ${s}`),
        `  ${b.def.doc}`,
        j.aliases.length ? `  aliases: ${j.aliases.join(", ")}` : "",
        "  examples:",
        ...b.def.examples.map((e) => `    ${e.code}  →  ${e.result}`),
        `  instantiations: ${b.instances.map((i) => `${i.fn} (${j.templateBytes[i.key || "-"] ?? "?"} bytes)`).join(", ")}`,
        `  name tokens: after a space o200k ${j.tokens.o200k}, cl100k ${j.tokens.cl100k}; after a dot o200k ${j.tokens.dot.o200k}, cl100k ${j.tokens.dot.cl100k}`,
        `  property test: ${test}`,
      ].filter(Boolean).join("\n"));
    });
}

/** What `ideo check` says of an example, only its code: a program of several files is main.ideo. */
async function exampleDiagnostics(example: string, files: Record<string, string> | undefined, code: string): Promise<string> {
  const file = files ? "main.ideo" : "example.ideo";
  const a = await analyze(example, { style: true, file, files });
  return render(a.diagnostics.filter((d) => d.code === code), example, file, a.files);
}

async function explainCode(code: string, json: boolean): Promise<void> {
  const e = explanation(code);
  if (!e) {
    console.error(`error: no diagnostic ${code}; the codes are ${Object.keys(EXPLANATIONS).join(", ")}`);
    process.exit(1);
  }
  const said = e.example ? await exampleDiagnostics(e.example, e.files, code) : undefined;
  if (json) { console.log(JSON.stringify({ code, ...e, diagnostic: said }, null, 1)); return; }
  const indent = (s: string) => s.trimEnd().split("\n").map((l) => `    ${l}`).join("\n");
  // an example of several files shows each: the files it imports, then main.ideo
  const files = (fs: Record<string, string> | undefined) => Object.entries(fs ?? {}).flatMap(([name, text]) => [`  ${name}:`, indent(text)]);
  const named = (main: string, fs: Record<string, string> | undefined) => (fs ? [...files(fs), "  main.ideo:", indent(main)] : [indent(main)]);
  console.log([
    `${code}: ${e.title}`, "", e.text,
    ...(e.example ? ["", "  example:", ...named(e.example, e.files), "", indent(said!), "", "  fixed:", ...named(e.fixed!, e.fixedFiles ?? e.files)] : []),
  ].join("\n"));
}
