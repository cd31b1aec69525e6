// The fuzzer's worker: compile one input, judge the answer, and run its `main` when it has one.
// Runs inside a Sandbox (cli/sandbox.ts), which stops a phase past its limits.
import { compile, load, prepare, IdeoFault, readSignatures, type OptLevel } from "../compiler/index.js";
import { FAULTS } from "../compiler/faults.js";
import { isSandboxWorker, serve, workerScript } from "../cli/sandbox.js";
import { compileProblems, message, type Problem } from "./judge.js";
import { editorProblems } from "./editor.js";

export const ROLE = "ideo-fuzz";

export interface FuzzJob {
  source: string;
  optimize: OptLevel;
  /** Run main (when there is one without parameters) after a successful compile. */
  run: boolean;
  /** Printed characters kept before the run is stopped. */
  maxOutput: number;
}

export interface FuzzReply {
  problems: Problem[];
  compileMs: number;
  /** Codes of the diagnostics, in order. */
  codes: string[];
  compiled: boolean;
  /** How the run ended, when there was one. */
  ran?: "ok" | "fault" | "output";
}

class OutputFull extends Error {}

export async function judgeInput(job: FuzzJob, enter: (phase: string) => void = () => {}): Promise<FuzzReply> {
  await prepare(); // a new worker loads the compiler in its setup time
  enter("compile");
  const t0 = performance.now();
  let r;
  try {
    r = await compile(job.source, { optimize: job.optimize, file: "fuzz.ideo" });
  } catch (e) {
    return { problems: [{ kind: "threw", detail: message(e) }], compileMs: performance.now() - t0, codes: [], compiled: false };
  }
  const reply: FuzzReply = { problems: compileProblems(job.source, r), compileMs: performance.now() - t0, codes: r.diagnostics.map((d) => d.code), compiled: !!r.wasm };
  enter("editor");
  reply.problems.push(...(await editorProblems(job.source)));
  if (!job.run || !r.wasm || reply.problems.length || readSignatures(r.wasm).main?.params.length !== 0) return reply;
  let printed = 0;
  const write = (text: string) => { printed += text.length; if (printed > job.maxOutput) throw new OutputFull(); };
  try {
    const exports = await load(r.wasm, { write, file: "fuzz.ideo", source: job.source });
    enter("run");
    exports.main();
    reply.ran = "ok";
  } catch (e) {
    if (e instanceof OutputFull) reply.ran = "output";
    else if (e instanceof IdeoFault) {
      reply.ran = "fault";
      // running out of memory is the runtime's limit, which names no line by design
      if (e.line === 0 && e.code !== FAULTS.memory.code) reply.problems.push({ kind: "fault-without-line", detail: e.message });
    } else reply.problems.push({ kind: "run-error", detail: message(e) });
  }
  return reply;
}

/** This module, compiled, for the Sandbox to start. */
export const FUZZ_WORKER = workerScript(import.meta.url, "worker.js", "fuzz/worker.js");

if (isSandboxWorker(ROLE)) serve<FuzzJob, FuzzReply>(judgeInput);
