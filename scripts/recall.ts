// Does the budgeted card hold the blocks a task needs? For each MBPP solution in examples/mbpp (the
// blind benchmark's frozen test slice left out), the blocks it calls, and how many of them the card
// that `ideo prompt --budget 2000 --for TASK` gives for that task's description lists:
//
//   npm run recall [-- --budget N] [--text-only] [--json] [--misses]
//
// The description is the one the blind benchmark ranks the card for (compiler/mbpp.ts,
// mbppDescriber: MBPP's text, the TypeScript signature, one example call); with --text-only, MBPP's
// text field alone. A solution does not count toward how common its own blocks are (promptCard's
// leaveOut), so the card never sees the answer. Reads the corpus from $IDEO_MBPP or ../shared/corpora/mbpp.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { MBPP_CORPUS, MBPP_HOW, loadMbppTasks, mbppDescriber, readJsonl } from "../compiler/mbpp.js";
import { analyze } from "../compiler/frontend.js";
import { loadRegistry, Registry } from "../compiler/blocks/registry.js";
import { promptCard } from "../cli/mcp-tools.js";
import { testSlice } from "../compiler/blocks/rooms.js";
import type { Expr } from "../compiler/syntax/ast.js";

interface TaskRecall {
  id: number;
  used: string[];
  /** Not on the card at all. */
  missed: string[];
  /** On the card by name only (its category's "also:" line), without a signature. */
  nameOnly: string[];
  /** On the card with its short doc. */
  documented: string[];
}

/** The blocks a program calls by name (an alias counts as its block): names written in the source,
 *  so not the calls operators stand for (`x in xs` is `contains`). */
async function blocksUsed(source: string, registry: Registry): Promise<string[]> {
  const { checked } = await analyze(source);
  const out = new Set<string>();
  for (const [e, target] of checked?.calls ?? []) {
    if (target?.kind !== "block") continue;
    const x = e as Expr;
    const [name, span] = x.kind === "call" ? [x.callee, x.calleeSpan] : x.kind === "name" ? [x.name, x.span] : [];
    const b = name && span && source.slice(span.start, span.end) === name ? registry.get(name) : undefined;
    if (b) out.add(b.name);
  }
  return [...out].sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
  const budget = Number(flag("--budget") ?? 2000);
  const textOnly = args.includes("--text-only"), json = args.includes("--json"), misses = args.includes("--misses");
  if (!existsSync(MBPP_CORPUS)) { console.error(`error: the MBPP corpus is not at ${MBPP_CORPUS}: ${MBPP_HOW}`); process.exit(2); }
  const registry = await loadRegistry();
  const tasks = loadMbppTasks(MBPP_CORPUS);
  const describe = mbppDescriber(MBPP_CORPUS);
  const text = new Map(readJsonl(join(MBPP_CORPUS, "mbpp.jsonl")).map((r) => [Number(r.task_id), String(r.text)]));
  const frozen = new Set(testSlice());
  const dir = join(ROOT, "examples", "mbpp");
  const ids = readdirSync(dir).filter((f) => /^\d+\.ideo$/.test(f)).map((f) => Number(f.slice(0, -5))).filter((id) => !frozen.has(id) && tasks.has(id)).sort((a, b) => a - b);
  const results: TaskRecall[] = [];
  for (const [k, id] of ids.entries()) {
    if (k % 50 === 0) process.stderr.write(`recall: ${k}/${ids.length} tasks\r`);
    const source = readFileSync(join(dir, `${id}.ideo`), "utf8");
    const used = await blocksUsed(source, registry);
    if (!used.length) continue;
    const task = textOnly ? text.get(id)! : describe(tasks.get(id)!);
    const card = (await promptCard(budget, task, "o200k_base", { leaveOut: source })).text;
    const signed = new Set([...card.matchAll(/^([a-z0-9]+)\(/gm)].map((m) => m[1]));
    const named = new Set([...card.matchAll(/^also: (.*)$/gm)].flatMap((m) => m[1].split(" ")));
    const documented = new Set([...card.matchAll(/^([a-z0-9]+)\(.* — /gm)].map((m) => m[1]));
    results.push({ id, used, missed: used.filter((n) => !signed.has(n) && !named.has(n)), nameOnly: used.filter((n) => named.has(n)), documented: used.filter((n) => documented.has(n)) });
  }
  process.stderr.write(`recall: ${ids.length}/${ids.length} tasks\n`);
  const total = (f: (r: TaskRecall) => number) => results.reduce((n, r) => n + f(r), 0);
  const uses = total((r) => r.used.length), missed = total((r) => r.missed.length), nameOnly = total((r) => r.nameOnly.length);
  const documented = total((r) => r.documented.length);
  // the everyday blocks (the 40 most common in the example programs) are known by their names; a
  // doc matters for the others
  const everyday = new Set([...registry.usage].sort((x, y) => y[1] - x[1]).slice(0, 40).map(([name]) => name));
  const rare = (names: string[]) => names.filter((n) => !everyday.has(n)).length;
  const rareUses = total((r) => rare(r.used)), rareDocumented = total((r) => rare(r.documented));
  const rareSigned = total((r) => rare(r.used.filter((n) => !r.missed.includes(n) && !r.nameOnly.includes(n))));
  const whole = results.filter((r) => !r.missed.length).length, signedWhole = results.filter((r) => !r.missed.length && !r.nameOnly.length).length;
  const summary = {
    budget, description: textOnly ? "MBPP text" : "MBPP text, signature and one example", tasks: results.length, blocks: registry.blocks.length,
    uses, listed: uses - missed, recall: (uses - missed) / uses, tasksWithAll: whole, taskRecall: whole / results.length,
    signed: uses - missed - nameOnly, signatureRecall: (uses - missed - nameOnly) / uses, tasksWithAllSigned: signedWhole,
    documented, docRecall: documented / uses, rareUses, rareDocumented, rareDocRecall: rareDocumented / rareUses,
  };
  if (json) { console.log(JSON.stringify({ summary, tasks: results }, null, 1)); return; }
  const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`;
  if (misses) {
    for (const r of results.filter((x) => x.missed.length || x.nameOnly.length)) {
      console.log(`${r.id}: ${[r.missed.length ? `missed ${r.missed.join(", ")}` : "", r.nameOnly.length ? `by name only ${r.nameOnly.join(", ")}` : ""].filter(Boolean).join("; ")} (of ${r.used.join(", ")})`);
    }
  }
  console.log(`${summary.tasks} tasks (the test slice left out), ${summary.blocks} blocks, card budget ${budget} (o200k_base), ranked for: ${summary.description}`);
  console.log(`block uses on the card: ${pct(summary.listed, uses)} (tasks with all: ${pct(whole, results.length)})`);
  console.log(`block uses on the card with their signature: ${pct(summary.signed, uses)} (tasks with all: ${pct(signedWhole, results.length)})`);
  console.log(`block uses on the card with their doc: ${pct(documented, uses)}; of blocks outside the 40 most common: ${pct(rareDocumented, rareUses)}, with a signature ${pct(rareSigned, rareUses)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
