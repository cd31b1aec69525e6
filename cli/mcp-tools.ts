// The services behind `ideo mcp`, free of the protocol: each tool takes plain arguments and gives a
// ToolOutput (text for the model, structured data for clients) or throws a ToolError. cli/mcp.ts
// registers them with the MCP SDK; tests can call them directly.
import { BlockInfo, loadRegistry, Registry } from "../compiler/blocks/registry.js";
import { analyze } from "../compiler/frontend.js";
import { compile, load, readSignatures, IdeoFault, OptLevel, SANDBOX_LIMITS } from "../compiler/index.js";
import { closest, Diagnostic, JsonDiagnostic, LineMap, render, toJson } from "../compiler/diagnostics.js";
import { countTokens as countWith, type TokenizerName } from "../compiler/tokens/count.js";
import { blockJson, propertyTestCommand, signatureText } from "./vocab.js";
import { rankBlocks, searchScore } from "./relevance.js";
import { layoutCard } from "./card.js";

/** A failure the model should see and can act on; becomes a tool result with isError. */
export class ToolError extends Error {
  constructor(message: string, readonly data?: Record<string, unknown>) {
    super(message);
    this.name = "ToolError";
  }
}

export interface ToolOutput {
  /** What the model reads. */
  text: string;
  /** The same, as an object, for clients that use structuredContent. */
  data?: Record<string, unknown>;
  isError?: boolean;
}

/** Program names shown in diagnostics and fault messages. */
const FILE = "<input>";

// relevance (cli/relevance.ts) and the card layout (cli/card.ts) live beside this file
export { wordsOf, searchScore, overlapScore, CATEGORY_ORDER } from "./relevance.js";
export { shortDoc } from "./card.js";

// ---------------------------------------------------------------- search_blocks, explain_block

function summary(b: BlockInfo) {
  const ex = b.def.examples[0];
  return { name: b.name, aliases: b.def.aliases ?? [], category: b.category, signature: signatureText(b), doc: b.def.doc, example: ex?.code, result: ex?.result };
}

export const SEARCH_LIMIT = 10;
export const SEARCH_MAX = 50;

export async function searchBlocks(query: string, limit = SEARCH_LIMIT): Promise<ToolOutput> {
  const registry = await loadRegistry();
  const n = Math.max(1, Math.min(SEARCH_MAX, Math.floor(limit)));
  const ranked = registry.blocks
    .map((b) => ({ b, score: searchScore(b, query) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.b.name.localeCompare(y.b.name));
  const blocks = ranked.slice(0, n).map((x) => summary(x.b));
  const data: Record<string, unknown> = { query, count: blocks.length, more: Math.max(0, ranked.length - blocks.length), blocks };
  if (!blocks.length) {
    const near = closest(query.trim().toLowerCase(), [...registry.names(), ...registry.aliases()]);
    data.hint = `no block matches '${query}'${near.length ? ` — did you mean ${near.map((s) => `'${s}'`).join(", ")}?` : ""}; try other words, or prompt_card for the whole vocabulary`;
  }
  return { text: json(data), data };
}

export async function explainBlock(name: string): Promise<ToolOutput> {
  const registry = await loadRegistry();
  const b = registry.get(name.trim());
  if (!b) throw new ToolError(unknownBlock(registry, name.trim()));
  const data: Record<string, unknown> = {
    ...blockJson(b),
    ...(registry.isAlias(name.trim()) ? { aliasOf: `'${name.trim()}' is an alias of '${b.name}'` } : {}),
    test: propertyTestCommand(b),
  };
  return { text: json(data), data };
}

function unknownBlock(registry: Registry, name: string): string {
  const near = closest(name.toLowerCase(), [...registry.names(), ...registry.aliases()]);
  if (near.length) return `no block '${name}' — did you mean ${near.map((s) => `'${s}'`).join(", ")}?`;
  const related = registry.blocks
    .map((b) => ({ b, score: searchScore(b, name) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.b.name.localeCompare(y.b.name))
    .slice(0, 5)
    .map((x) => `'${x.b.name}'`);
  return `no block '${name}'${related.length ? `; related blocks: ${related.join(", ")}` : ""} (search_blocks finds blocks by words)`;
}

// ---------------------------------------------------------------- prompt_card

/** The card's version lives with the language's (compiler/version.ts): raise it whenever what the card
 *  teaches changes, so benchmark runs say which card a model learned from (run.json in each eval/runs/ folder). */
export { CARD_VERSION } from "../compiler/version.js";

/** The syntax part of the card, kept whole in every budget: a program in the compact style that
 *  tests/card.test.ts compiles and runs (it must print what its "# prints" line says). */
export const CARD_SYNTAX = `# Ideo: built-in blocks chained with dots (x.f(a) is f(x, a)). Write it short:
# no annotations; one-line definitions and chains; loops only where no block fits.
# Tasks are judged by results: a block that gives them wins, whatever method they name (comb sort: _.sort).
double = _ * 2                                  # a function of \`_\` (_1, _2 for two: area = _1 * _2 / 2)
evens = _.filter(_.even)                        # a parameter read once needs no name: \`_\`
near(xs, m) = xs.map(abs(_ - m)).min            # name(params) = expr; \`_\` belongs to the nearest block argument
sums(xs) = xs.zip(xs[1:]).map((a, b) => a + b)  # x => e and (a, b) => e: lambdas
grade(n)                                        # an indented body: its last expression is the result
  if n >= 90 and n != 95: "A"                   # and, or, not; elif chains
  elif n >= 80 or n < 0: "B"
  else: "C"
clip(x) = if x < 0: 0 else x                    # if c: a else b is an expression
firsts(xs, limit)                               # a loop (for, while c) where no block fits
  out, seen = [], {}                            # a, b = b, a + b sets both (xs[i], xs[j] too); n += 1, -=, *=…; [] and {} take types from use
  for x in xs
    if x > limit: return out                    # return leaves early; the last line needs none
    if not (x in seen): out += [x]              # \`in\`/\`not in\`: arrays, substrings, map keys
    seen[x] = true                              # m[k] = v, xs[i] = v write in place
  out
type P = (x: int, y: int)                       # records: P(1, 2); p.x reads, p.x += 1 writes in place
rev = _.reverse                                 # no annotations: the values passed (from JS too) decide str or [T], int or float
unique = _.unique.sort                          # a block's name is yours to take; .unique inside is the block
ints = _.count(_.isint)                         # mixed kinds are any (if c: 1 else "no" too): x.isint x.int x.list
print(double(4), evens([1, 2, 4]), near([1, 5], 4), sums([1, 2, 4]), grade(85), clip(-3), firsts([3, 1, 3, 9, 2], 5), rev("ab"), unique([2, 1, 2]), ints([1, "a"]), P(1, 2).y)
# prints 8 [2, 4] 1 [3, 6] B 0 [3, 1] ba [1, 2] 1 2
# types: int (64-bit), float, bool, str, [T], tuples (1, "a") with p.0 p.1, maps {K: V}, T? (the literal null; x ?? default)
# ints mix with floats (2 * 1.5); / gives float, // % floor, ** power; & | ^ << >> bind looser than + -, tighter than == <
# + joins strings/arrays; no () without arguments: pi, xs.len, n.even; "\\d+" keeps its backslash (regex)
# xs[i] xs[-1] xs[1:3] xs[:k] xs[1::2] xs[::-1], strings too (for c in s); a..b + 1 is range(a, b + 2)
# [x * x for x in xs if x > 0]; [k for k, v in m.items]; {k: v for k, v in m.items if v > 0}; ties go to the first (maxby, sortby)
# top-level functions are exported to JS; an array from JS is [T] or a tuple as the code reads it (p[0], p.0),
# maps and records are objects, null is undefined
# blocks by category: signature — doc (T, U: any element type)
`;

export interface CardOptions {
  /** The text of an example program whose words do not count toward how common a block is:
   *  measuring the card for the task it solves (scripts/recall.ts) must not see the answer. */
  leaveOut?: string;
}

/** The card: the syntax part, then the blocks ranked for the task (cli/relevance.ts) and laid out
 *  to fit the budget (cli/card.ts). */
export async function promptCard(budget?: number, task?: string, tokenizer: TokenizerName = "o200k_base", opts: CardOptions = {}): Promise<ToolOutput> {
  const registry = await loadRegistry();
  const { ranked, task: relevance } = rankBlocks(registry, task, opts.leaveOut);
  const docFirst = ranked.filter((b) => relevance.get(b)! > 0).sort((a, b) => relevance.get(b)! - relevance.get(a)!);
  try {
    return { text: layoutCard({ syntax: CARD_SYNTAX, registry, ranked, docFirst, budget, count: (text) => countWith(text, tokenizer) }) };
  } catch (e) {
    throw new ToolError((e as Error).message);
  }
}

// ---------------------------------------------------------------- check, compile, run

function diagnosticsData(diagnostics: Diagnostic[], source: string) {
  const lines = new LineMap(source);
  const list: JsonDiagnostic[] = diagnostics.map((d) => toJson(d, FILE, lines));
  return { ok: !diagnostics.some((d) => d.severity === "error"), diagnostics: list, rendered: render(diagnostics, source, FILE) };
}

export async function checkSource(source: string): Promise<ToolOutput> {
  const { diagnostics } = await analyze(source);
  const data = diagnosticsData(diagnostics, source);
  return { text: json(data), data, isError: !data.ok };
}

export const OPT_LEVELS = [0, 1, 2, 3, "s", "z"] as const;

export async function compileSource(source: string, optimize: OptLevel = 2): Promise<ToolOutput> {
  const r = await compile(source, { file: FILE, optimize });
  if (!r.wasm) {
    const data = diagnosticsData(r.diagnostics, source);
    return { text: json(data), data, isError: true };
  }
  const data = { ok: true, bytes: r.wasm.length, exports: readSignatures(r.wasm), wasmBase64: Buffer.from(r.wasm).toString("base64") };
  return { text: json(data), data };
}

export interface RunLimits {
  /** Wall-clock limit of one run, in milliseconds. */
  timeoutMs: number;
  /** Characters of printed output kept; a program that prints more is stopped. */
  maxOutput: number;
  /** Wall-clock limit of checking or compiling one program, in milliseconds. */
  compileMs: number;
  /** The server's resident memory past which a request is stopped, in MB. */
  maxMemoryMb: number;
  /** The fuel budget of one run (load()'s `fuel`; 0: none): past it the program stops with a fault
   *  naming its line, before the time limit stops it without one. */
  fuel: number;
}

export const DEFAULT_LIMITS: RunLimits = { timeoutMs: 5000, maxOutput: 64 * 1024, compileMs: 30_000, maxMemoryMb: 2048, fuel: SANDBOX_LIMITS.fuel };

/** What one run may use: printed characters, fuel (0: none) and bytes of WebAssembly memory. */
export interface RunBounds { maxOutput: number; fuel: number; maxMemory: number }

/** A run's bounds under the server's limits: its memory at most half of what the server may hold,
 *  so a program that allocates without end meets its own limit, with a line, before the server's. */
export function runBounds(limits: RunLimits): RunBounds {
  return { maxOutput: limits.maxOutput, fuel: limits.fuel, maxMemory: Math.min(SANDBOX_LIMITS.maxMemory, (limits.maxMemoryMb / 2) * 2 ** 20) };
}

class OutputLimit extends Error {}

/** Compile a program and call main or `fn`, in this thread: the server runs it in a sandboxed worker
 *  (mcp-worker.ts), which times each phase `enter` names. `mirror` receives print output as it comes,
 *  so what was printed survives a run that is stopped. */
export async function runSource(source: string, fn: string | undefined, args: unknown[], bounds: RunBounds, enter: (phase: string) => void = () => {}, mirror?: (text: string) => void): Promise<ToolOutput> {
  const { maxOutput, fuel, maxMemory } = bounds;
  enter("compile");
  // with a budget, the fuel checks are compiled in: an endless loop stops at its line
  const r = await compile(source, { file: FILE, fuel: fuel > 0 });
  if (!r.wasm) {
    const data = diagnosticsData(r.diagnostics, source);
    return { text: json(data), data, isError: true };
  }
  const sigs = readSignatures(r.wasm);
  const names = Object.keys(sigs);
  const name = fn ?? "main";
  const sig = sigs[name];
  if (!sig) {
    const list = names.length ? names.map((n) => `${n}(${sigs[n].params.join(", ")})`).join(", ") : "none";
    throw new ToolError(fn === undefined
      ? `the program has no main function; pass fn to call one of: ${list}`
      : `the program exports no function '${name}'; it has: ${list}`);
  }
  if (args.length !== sig.params.length) {
    throw new ToolError(`${name}(${sig.params.join(", ")}) takes ${sig.params.length} argument${sig.params.length === 1 ? "" : "s"}, given ${args.length}`);
  }
  let output = "";
  const write = (text: string) => {
    if (output.length + text.length > maxOutput) {
      let keep = text.slice(0, maxOutput - output.length);
      if (/[\ud800-\udbff]$/.test(keep)) keep = keep.slice(0, -1); // do not split a surrogate pair
      output += keep;
      mirror?.(keep);
      throw new OutputLimit();
    }
    output += text;
    mirror?.(text);
  };
  let result: unknown;
  try {
    const exports = await load(r.wasm, { write, file: FILE, source, fuel: fuel || undefined, maxMemory });
    enter("run"); // the run's time starts with the call
    result = exports[name](...args);
  } catch (e) {
    if (e instanceof OutputLimit) throw new ToolError(`the program printed more than ${maxOutput} characters and was stopped${tail(output)}`, { output });
    if (e instanceof IdeoFault) throw new ToolError(`runtime fault: ${e.message}${tail(output)}`, { output });
    // load()'s marshalling reports arguments that do not fit the parameter types as TypeErrors
    if (e instanceof TypeError) throw new ToolError(`bad argument: ${e.message}`);
    throw new ToolError(`the run failed: ${e instanceof Error ? e.message : String(e)}${tail(output)}`, { output });
  }
  // a generic export may have run a compile for other argument types, so its default type would mislead
  const data: Record<string, unknown> = { output, result: result === undefined ? null : plain(result), ...(sig.generic ? {} : { type: sig.result }) };
  return { text: json(data), data };
}

/** What a stopped program printed, its last 2,000 characters, for an error message. */
export function tail(output: string): string {
  if (!output) return "";
  const shown = output.length > 2000 ? `…${output.slice(-2000)}` : output;
  return `\noutput before it stopped:\n${shown}`;
}

/** JSON-safe values: big integers as decimal strings, non-finite floats as "nan", "inf", "-inf". */
export function plain(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

export function json(v: unknown): string {
  return JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x), 1);
}
