// Running a task's tests against a model's program for `ideo eval`, off the main thread: a program
// that loops forever must cost its time limit, not the whole run. The worker instantiates the module,
// binds the entry function to `candidate`, and runs the JavaScript test body; the parent terminates a
// worker that outlives the limit. A worker is reused while it answers in time.
import { isMainThread, parentPort, workerData, Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { load, IdeoFault } from "../compiler/index.js";
import { runTestBody } from "../compiler/mbpp.js";
import { ROOT } from "../compiler/paths.js";

export interface TestJob {
  wasm: Uint8Array;
  /** The program's source, so a generic export can compile again for the arguments a test passes. */
  source?: string;
  entry: string;
  /** The test body: uses `candidate` and `assert`. */
  tests: string;
}

export interface TestReply {
  kind: "pass" | "export" | "test" | "fault" | "timeout";
  message?: string;
}

/** Run one job in this thread. Never throws. */
export async function runTests(job: TestJob): Promise<TestReply> {
  let exports: Record<string, (...args: unknown[]) => unknown>;
  try {
    exports = await load(job.wasm, { write: () => {}, source: job.source });
  } catch (e) {
    return { kind: "fault", message: `the module does not load: ${e instanceof Error ? e.message : String(e)}` };
  }
  const fn = exports[job.entry];
  if (!fn) {
    const names = Object.keys(exports);
    return { kind: "export", message: `no function named ${job.entry}; the program defines ${names.length ? names.join(", ") : "no functions"}` };
  }
  try {
    runTestBody(job.tests, fn);
    return { kind: "pass" };
  } catch (e) {
    if (e instanceof IdeoFault) return { kind: "fault", message: e.message };
    if (e instanceof RangeError) return { kind: "fault", message: `${e.message} (recursion too deep?)` };
    if (e instanceof Error) return { kind: "test", message: `${e.name}: ${e.message}` };
    return { kind: "test", message: `the tests threw ${String(e)}` };
  }
}

if (!isMainThread && (workerData as { ideoEvalRunner?: boolean } | undefined)?.ideoEvalRunner) {
  parentPort!.on("message", (job: TestJob) => {
    runTests(job).then((r) => parentPort!.postMessage(r), (e) => parentPort!.postMessage({ kind: "fault", message: String(e) }));
  });
  parentPort!.postMessage("ready"); // the compiler is imported: the time limit starts from here
}

/** The compiled worker script: this file (or, in the bundle, the worker entry beside it) when running
 *  built code, else dist/'s copy, else none. */
function workerUrl(): URL | undefined {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".js")) return new URL("./eval-worker.js", import.meta.url);
  const built = join(ROOT, "dist", "cli", "eval-worker.js");
  return existsSync(built) ? pathToFileURL(built) : undefined;
}

export class TestRunner {
  private idle: { w: Worker; ready: Promise<boolean> } | undefined;
  private readonly url = workerUrl();

  /** Whether the time limit is enforced (false only when running from unbuilt sources). */
  get isolated(): boolean { return !!this.url; }

  async run(job: TestJob, timeoutMs: number): Promise<TestReply> {
    if (!this.url) return runTests(job);
    const slot = this.idle ?? this.spawn();
    this.idle = undefined;
    const w = slot.w;
    let wait: NodeJS.Timeout | undefined;
    const booted = await Promise.race([slot.ready, new Promise<false>((r) => { wait = setTimeout(() => r(false), 30_000); })]);
    clearTimeout(wait);
    if (!booted) { void w.terminate(); return { kind: "fault", message: "the test runner did not start" }; }
    return new Promise<TestReply>((resolve) => {
      const done = (reply: TestReply, keep: boolean) => {
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        if (keep && !this.idle) this.idle = slot;
        else void w.terminate();
        resolve(reply);
      };
      const onMessage = (reply: TestReply) => done(reply, true);
      const onError = (e: Error) => done({ kind: "fault", message: `the test runner failed: ${e.message}` }, false);
      const onExit = (code: number) => done({ kind: "fault", message: `the test runner stopped (exit code ${code})` }, false);
      const timer = setTimeout(() => done({ kind: "timeout", message: `the tests did not finish within ${timeoutMs} ms` }, false), timeoutMs);
      w.on("message", onMessage);
      w.once("error", onError);
      w.once("exit", onExit);
      w.postMessage(job);
    });
  }

  private spawn(): { w: Worker; ready: Promise<boolean> } {
    const w = new Worker(this.url!, {
      workerData: { ideoEvalRunner: true },
      stdout: true, // whatever the tests print is not the report: drop it
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    w.stdout.resume();
    w.stderr.resume();
    w.unref();
    w.on("error", () => { /* reported by run(); an idle worker's error must not crash the run */ });
    // true once the worker has imported the compiler, false if it died first
    const ready = new Promise<boolean>((resolve) => {
      const on = (m: unknown) => { if (m === "ready") { w.off("message", on); resolve(true); } };
      w.on("message", on);
      w.once("exit", () => resolve(false));
      w.once("error", () => resolve(false));
    });
    return { w, ready };
  }

  async close(): Promise<void> {
    const slot = this.idle;
    this.idle = undefined;
    if (slot) await slot.w.terminate();
  }
}
