// The playground: an editor whose program is compiled in the browser as you type (worker.ts), with
// its diagnostics inline, what it prints, its module's size and text, and its token count beside a
// Python program doing the same where the example has one (examples/features).
import { basicSetup, EditorView } from "codemirror";
import { linter, lintGutter, type Diagnostic } from "@codemirror/lint";
import type { Answer, Job } from "./worker.js";

/** An example to pick: scripts/playground.ts writes them to data/examples.json. */
interface Example { name: string; source: string; python?: string; call?: Job["call"] }

/** A program that has not answered by then is stopped (an endless loop?). */
const TIME_LIMIT_MS = 5000;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let worker: Worker;
let nextId = 0;
/** Jobs sent and not answered: how to answer each, and its time limit once it runs. */
const waiting = new Map<number, { resolve: (a: Answer) => void; timer?: ReturnType<typeof setTimeout> }>();

function startWorker(): void {
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = (e: MessageEvent<Answer | { id: number; running: true }>) => {
    const job = waiting.get(e.data.id);
    if (!job) return;
    if ("running" in e.data) { job.timer = setTimeout(stop, TIME_LIMIT_MS); return; }
    clearTimeout(job.timer);
    waiting.delete(e.data.id);
    job.resolve(e.data);
  };
}

/** A program ran past the limit: end its worker (and what was queued behind it) and start afresh. */
function stop(): void {
  worker.terminate();
  for (const [id, job] of waiting) {
    clearTimeout(job.timer);
    job.resolve({ id, problems: [], output: "", error: `stopped: the program ran longer than ${TIME_LIMIT_MS / 1000} s (an endless loop?)` });
  }
  waiting.clear();
  startWorker();
}

function run(job: Omit<Job, "id">): Promise<Answer> {
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, { resolve });
    worker.postMessage({ id, ...job });
  });
}

let count: ((text: string) => number) | undefined;
async function tokens(text: string): Promise<number> {
  count ??= (await import("gpt-tokenizer/encoding/o200k_base")).countTokens;
  return count(text);
}

let examples: Example[] = [];
let current: Example | undefined;

function show(a: Answer): void {
  $("output").textContent = a.output + (a.error ? `${a.output && !a.output.endsWith("\n") ? "\n" : ""}${a.error}\n` : "");
  $("output").classList.toggle("failed", !!a.error);
  const errors = a.problems.filter((p) => p.severity === "error").length;
  $("status").textContent = a.size !== undefined ? `compiled: ${a.size} bytes of WebAssembly` : `${errors} error${errors === 1 ? "" : "s"}`;
  $("wat").textContent = a.wat ?? "";
}

async function showTokens(source: string): Promise<void> {
  const ideo = await tokens(source);
  const python = current?.python ? await tokens(current.python) : undefined;
  $("tokens").textContent = `Ideo ${ideo} tokens` + (python !== undefined ? ` · the same in Python ${python} tokens` : "") + " (o200k_base)";
  $("python").textContent = current?.python ?? "";
  $("python-box").hidden = !current?.python;
}

const compileAndLint = linter(async (view): Promise<Diagnostic[]> => {
  const source = view.state.doc.toString();
  $("status").textContent = "compiling…";
  const a = await run({ source, call: current?.call });
  show(a);
  void showTokens(source);
  return a.problems.map((p) => ({ from: Math.min(p.from, source.length), to: Math.min(p.to, source.length), severity: p.severity, message: p.message }));
}, { delay: 250 });

async function main(): Promise<void> {
  startWorker();
  examples = await (await fetch(new URL("./data/examples.json", import.meta.url))).json();
  current = examples[0];
  const editor = new EditorView({ doc: current.source, extensions: [basicSetup, EditorView.lineWrapping, lintGutter(), compileAndLint], parent: $("editor") });
  const pick = $<HTMLSelectElement>("examples");
  for (const [i, ex] of examples.entries()) pick.add(new Option(ex.name, String(i)));
  pick.onchange = () => {
    current = examples[Number(pick.value)];
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: current.source } });
  };
}

main().catch((e) => { $("status").textContent = `the playground failed to start: ${e}`; });
