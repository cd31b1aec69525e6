// Running compiled programs for `ideo mcp` off the server's thread: a program that loops forever or
// prints without end must not take the server down with it. A worker thread instantiates the module
// with load(), captures print output up to a limit, and answers with the result or the fault; the
// server terminates a worker that outlives its time limit. Workers are reused while they behave.
import { isMainThread, parentPort, workerData, Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { load, IdeoFault } from "../compiler/index.js";
import { ROOT } from "../compiler/paths.js";

export interface RunJob {
  wasm: Uint8Array;
  /** The program's source, so a generic export can compile again for the arguments given. */
  source?: string;
  fn: string;
  args: unknown[];
  file: string;
  maxOutput: number;
  /** Set by Runner: a copy of the output as UTF-8 (bytes from 4; the length at 0), readable after a timeout. */
  shared?: SharedArrayBuffer;
}

export interface RunReply {
  kind: "ok" | "fault" | "argument" | "output" | "timeout" | "error" | "started";
  output?: string;
  result?: unknown;
  message?: string;
}

class OutputLimit extends Error {}

/** Starting a worker and loading the module (which may compile a generic export again) is not the
 *  program's time: its limit starts when the call does. Setting up gets this long at most. */
const SETUP_MS = 60_000;

/** Run one job in this thread; `started` is called just before the exported function is. */
export async function execute(job: RunJob, started: () => void = () => {}): Promise<RunReply> {
  let output = "";
  const mirror = job.shared ? sharedWriter(job.shared) : undefined;
  const write = (text: string) => {
    if (output.length + text.length > job.maxOutput) {
      let keep = text.slice(0, job.maxOutput - output.length);
      if (/[\ud800-\udbff]$/.test(keep)) keep = keep.slice(0, -1); // do not split a surrogate pair
      output += keep;
      mirror?.(keep);
      throw new OutputLimit();
    }
    output += text;
    mirror?.(text);
  };
  try {
    const exports = await load(job.wasm, { write, file: job.file, source: job.source });
    const f = exports[job.fn];
    if (!f) return { kind: "error", message: `no exported function '${job.fn}'` };
    started();
    const result = f(...job.args);
    return { kind: "ok", output, result };
  } catch (e) {
    if (e instanceof OutputLimit) return { kind: "output", output };
    if (e instanceof IdeoFault) return { kind: "fault", output, message: e.message };
    // load()'s marshaling reports arguments that do not fit the parameter types as TypeErrors
    if (e instanceof TypeError) return { kind: "argument", output, message: e.message };
    if (e instanceof RangeError) return { kind: "fault", output, message: `${e.message} (recursion too deep?)` };
    return { kind: "error", output, message: e instanceof Error ? e.message : String(e) };
  }
}

const enc = new TextEncoder();

function sharedWriter(buf: SharedArrayBuffer): (text: string) => void {
  const len = new Int32Array(buf, 0, 1);
  const bytes = new Uint8Array(buf, 4);
  Atomics.store(len, 0, 0);
  return (text) => {
    const at = Atomics.load(len, 0);
    const { written } = enc.encodeInto(text, bytes.subarray(at));
    Atomics.store(len, 0, at + written);
  };
}

/** The output a worker had written when it was stopped. */
export function sharedOutput(buf: SharedArrayBuffer): string {
  const n = Atomics.load(new Int32Array(buf, 0, 1), 0);
  return new TextDecoder().decode(new Uint8Array(buf, 4, n).slice());
}

// Inside a worker started by Runner: answer jobs until terminated.
if (!isMainThread && (workerData as { ideoMcpRunner?: boolean } | undefined)?.ideoMcpRunner) {
  parentPort!.on("message", (job: RunJob) => {
    execute(job, () => parentPort!.postMessage({ kind: "started" })).then((reply) => parentPort!.postMessage(reply), (e) => parentPort!.postMessage({ kind: "error", message: String(e) }));
  });
}

/** The compiled worker script: this file (or, in the bundle, the worker entry beside it) when running
 *  built code, else dist/'s copy, else none. */
function workerUrl(): URL | undefined {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".js")) return new URL("./mcp-worker.js", import.meta.url);
  const built = join(ROOT, "dist", "cli", "mcp-worker.js");
  return existsSync(built) ? pathToFileURL(built) : undefined;
}

export class Runner {
  private idle: Worker[] = [];
  private readonly url = workerUrl();
  private closed = false;

  /** Whether runs are isolated (time limit enforced); false only when running from sources unbuilt. */
  get isolated(): boolean { return !!this.url; }

  async run(job: RunJob, timeoutMs: number): Promise<RunReply> {
    if (!this.url) return execute(job);
    const w = this.idle.pop() ?? this.spawn();
    const shared = new SharedArrayBuffer(4 + 4 * job.maxOutput);
    return new Promise<RunReply>((resolve) => {
      const done = (reply: RunReply, keep: boolean) => {
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        if (keep && !this.closed && this.idle.length < 2) this.idle.push(w);
        else void w.terminate();
        resolve(reply);
      };
      const onMessage = (reply: RunReply) => {
        if (reply.kind !== "started") return done(reply, reply.kind !== "error");
        clearTimeout(timer);
        timer = setTimeout(() => done({ kind: "timeout", output: sharedOutput(shared) }, false), timeoutMs);
      };
      const onError = (e: Error) => done({ kind: "error", message: e.message, output: sharedOutput(shared) }, false);
      const onExit = (code: number) => done({ kind: "error", message: `the runner stopped (exit code ${code})`, output: sharedOutput(shared) }, false);
      let timer = setTimeout(() => done({ kind: "error", message: `the runner did not start the program within ${SETUP_MS / 1000} s`, output: sharedOutput(shared) }, false), SETUP_MS);
      w.on("message", onMessage);
      w.once("error", onError);
      w.once("exit", onExit);
      w.postMessage({ ...job, shared });
    });
  }

  private spawn(): Worker {
    const w = new Worker(this.url!, {
      workerData: { ideoMcpRunner: true },
      // the worker's stdout is not the protocol channel: send anything written there to stderr
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    w.stdout.pipe(process.stderr);
    w.stderr.pipe(process.stderr);
    w.unref(); // an idle worker must not keep the server alive after the client leaves
    return w;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}
