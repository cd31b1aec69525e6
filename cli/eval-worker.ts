// Compiling a model's program and running a task's tests against it for `ideo eval`, off the main
// thread in a sandboxed worker (sandbox.ts): a program that the compiler chokes on, loops forever or
// allocates without end costs its limit, not the whole run. The worker compiles the program, binds
// the entry function to `candidate` and runs the JavaScript test body. A worker is reused while it
// answers in time.
import { compile, load, prepare, IdeoFault, SANDBOX_LIMITS } from "../compiler/index.js";
import { runTestBody } from "../compiler/mbpp.js";
import { Sandbox, isSandboxWorker, serve, workerScript } from "./sandbox.js";

export interface TestJob {
  /** The model's program: compiled in the worker, so a program the compiler chokes on costs a limit. */
  source: string;
  entry: string;
  /** The test body: uses `candidate` and `assert`. */
  tests: string;
}

export interface TestReply {
  kind: "pass" | "compile" | "export" | "test" | "fault" | "timeout";
  message?: string;
  /** The compiler's warnings on a program that compiled (style ones included: a repair is the
   *  moment to take the shorter form). */
  warnings?: string;
}

/** Run one job in this thread. Never throws. */
export async function runTests(job: TestJob, enter: (phase: string) => void = () => {}): Promise<TestReply> {
  await prepare(); // a new worker loads the compiler in its setup time
  enter("compile");
  let exports: Record<string, (...args: unknown[]) => unknown>;
  let warnings: string | undefined;
  try {
    // with fuel checks, so an endless loop stops at its line before the time limit stops it without one
    const r = await compile(job.source, { file: "answer.ideo", style: true, fuel: true });
    if (!r.wasm) return { kind: "compile", message: r.render() };
    if (r.diagnostics.length) warnings = r.render();
    exports = await load(r.wasm, { write: () => {}, source: job.source, ...SANDBOX_LIMITS });
  } catch (e) {
    return { kind: "compile", message: `the compiler failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  const reply = await testExport(exports, job, enter);
  return warnings ? { ...reply, warnings } : reply;
}

async function testExport(exports: Record<string, (...args: unknown[]) => unknown>, job: TestJob, enter: (phase: string) => void): Promise<TestReply> {
  const fn = exports[job.entry];
  if (!fn) {
    const names = Object.keys(exports);
    return { kind: "export", message: `no function named ${job.entry}; the program defines ${names.length ? names.join(", ") : "no functions"}` };
  }
  enter("run");
  try {
    runTestBody(job.tests, fn);
    return { kind: "pass" };
  } catch (e) {
    // a program past its fuel did not finish, as one past the time limit: the same kind, with its line
    if (e instanceof IdeoFault) return { kind: e.fault === "fuel" ? "timeout" : "fault", message: e.message };
    if (e instanceof RangeError) return { kind: "fault", message: `${e.message} (recursion too deep?)` };
    if (e instanceof Error) return { kind: "test", message: `${e.name}: ${e.message}` };
    return { kind: "test", message: `the tests threw ${String(e)}` };
  }
}

const ROLE = "ideo-eval";
if (isSandboxWorker(ROLE)) serve<TestJob, TestReply>(runTests);

/** Compiling one answer gets this long; a compile past it is reported like a compile error. */
const COMPILE_MS = 60_000;
/** Memory past which an answer's compile or tests are stopped (resident, MB). */
const MAX_MEMORY_MB = 2048;

export class TestRunner {
  private readonly sandbox: Sandbox<TestJob, TestReply> | undefined;

  constructor() {
    const script = workerScript(import.meta.url, "eval-worker.js", "cli/eval-worker.js");
    // whatever the tests print is not the report: drop it
    this.sandbox = script && new Sandbox<TestJob, TestReply>({ script, role: ROLE, heapMb: 1024, maxRssMb: MAX_MEMORY_MB, keep: 1, max: 1, output: "drop" });
  }

  /** Whether the limits are enforced (false only when running from unbuilt sources). */
  get isolated(): boolean { return !!this.sandbox; }

  async run(job: TestJob, timeoutMs: number): Promise<TestReply> {
    if (!this.sandbox) return runTests(job);
    const o = await this.sandbox.run(job, { setup: 60_000, compile: COMPILE_MS, run: timeoutMs });
    switch (o.kind) {
      case "reply": return o.reply;
      case "timeout":
        if (o.phase === "run") return { kind: "timeout", message: `the tests did not finish within ${timeoutMs} ms` };
        return { kind: o.phase === "compile" ? "compile" : "fault", message: `${o.phase === "compile" ? "compiling the program" : "starting the test runner"} took longer than ${o.limit} ms` };
      case "memory": return { kind: "fault", message: `the program used more memory than allowed (${o.phase === "compile" ? "while compiling" : "while running the tests"})` };
      case "crash": return { kind: "fault", message: `the test runner failed: ${o.message}` };
    }
  }

  async close(): Promise<void> { await this.sandbox?.close(); }
}
