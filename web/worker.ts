// The playground's compiler, in a worker so that a program that loops forever stops the worker, not the
// page (main.ts ends a worker that does not answer in time). Each message is a program; the answer is
// its diagnostics, its module (size and text) and what running it printed.
import { compile, load, IdeoFault } from "../compiler/index.js";
import { useWebAssets } from "./assets.js";

export interface Job { id: number; source: string; call?: { fn: string; args: unknown[] } }

export interface Problem { from: number; to: number; severity: "error" | "warning"; message: string }

export interface Answer {
  id: number;
  problems: Problem[];
  /** Module size in bytes, and its text, when it compiled. */
  size?: number;
  wat?: string;
  output: string;
  /** A fault, or why nothing ran. */
  error?: string;
}

const ready = useWebAssets(new URL("./data/", import.meta.url));

const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x));

async function answer(job: Job): Promise<Answer> {
  await ready;
  const r = await compile(job.source, { file: "playground.ideo", wat: true });
  const problems: Problem[] = r.diagnostics.map((d) => ({
    from: d.span.start, to: Math.max(d.span.end, d.span.start), severity: d.severity === "error" ? "error" : "warning",
    message: `${d.code}: ${d.message}${d.suggestions?.length ? ` (${d.suggestions.join("; ")})` : ""}`,
  }));
  if (!r.wasm) return { id: job.id, problems, output: "" };
  let output = "";
  const done = (error?: string): Answer => ({ id: job.id, problems, size: r.wasm!.length, wat: r.wat, output, error });
  try {
    const exports = await load(r.wasm, { source: job.source, write: (t) => { output += t; } });
    self.postMessage({ id: job.id, running: true }); // the time limit counts from here: compiling always ends
    if (exports.main) exports.main();
    else if (job.call && exports[job.call.fn]) output += `${job.call.fn}(${job.call.args.map(json).join(", ")}) → ${json(exports[job.call.fn](...job.call.args))}\n`;
    else return done("no main to run: add statements at the top level or `fn main`");
    return done();
  } catch (e) {
    return done(e instanceof IdeoFault ? e.message : `${(e as Error).name}: ${(e as Error).message}`);
  }
}

self.onmessage = (e: MessageEvent<Job>) => {
  answer(e.data).then((a) => self.postMessage(a), (err) => self.postMessage({ id: e.data.id, problems: [], output: "", error: `internal error: ${err}` }));
};
