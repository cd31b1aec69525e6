// What `ideo mcp` does with a program — check it, compile it, run it — happens off the server's thread,
// in a sandboxed worker (sandbox.ts) with limits: checking and compiling get `compileMs`, a run gets
// `timeoutMs`, and past `maxMemoryMb` of resident memory (or the worker's heap cap) a request is
// stopped. So no request can freeze or kill the server: a 700 KB program, a field index of 2**31, an
// endless loop or an allocation bomb costs its limit, and the next request is answered.
import { Sandbox, isSandboxWorker, serve, workerScript } from "./sandbox.js";
import { checkSource, compileSource, runSource, tail, ToolError, type RunBounds, type RunLimits, type ToolOutput } from "./mcp-tools.js";
import { prepare, type OptLevel } from "../compiler/index.js";

export type McpJob =
  | { tool: "check"; source: string }
  | { tool: "compile"; source: string; optimize?: OptLevel }
  /** `shared`: set by McpRunner, a copy of the output as UTF-8 (bytes from 4, the length at 0), readable after a timeout. */
  | ({ tool: "run"; source: string; fn?: string; args: unknown[]; shared?: SharedArrayBuffer } & RunBounds);

type McpReply = { out: ToolOutput } | { error: { message: string; data?: Record<string, unknown> } };

const ROLE = "ideo-mcp";
/** Starting a worker (it imports the compiler) is not the request's time. */
const SETUP_MS = 60_000;

/** One job, in this thread. ToolErrors are the model's to read; they travel as replies. */
async function handle(job: McpJob, enter: (phase: string) => void = () => {}): Promise<McpReply> {
  try {
    await prepare(); // a new worker loads the compiler in its setup time, not the request's
    enter("compile");
    if (job.tool === "check") return { out: await checkSource(job.source) };
    if (job.tool === "compile") return { out: await compileSource(job.source, job.optimize) };
    return { out: await runSource(job.source, job.fn, job.args, job, enter, job.shared ? sharedWriter(job.shared) : undefined) };
  } catch (e) {
    if (e instanceof ToolError) return { error: { message: e.message, data: e.data } };
    throw e;
  }
}

if (isSandboxWorker(ROLE)) serve<McpJob, McpReply>(handle);

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
function sharedOutput(buf: SharedArrayBuffer): string {
  const n = Atomics.load(new Int32Array(buf, 0, 1), 0);
  return new TextDecoder().decode(new Uint8Array(buf, 4, n).slice());
}

const WHAT = { check: "checking the program", compile: "compiling the program", run: "the program" } as const;

export class McpRunner {
  private readonly sandbox: Sandbox<McpJob, McpReply> | undefined;

  constructor(limits: Pick<RunLimits, "maxMemoryMb">) {
    const script = workerScript(import.meta.url, "mcp-worker.js", "cli/mcp-worker.js");
    this.sandbox = script && new Sandbox<McpJob, McpReply>({ script, role: ROLE, heapMb: 1024, maxRssMb: limits.maxMemoryMb, keep: 2, max: 2 });
  }

  /** Whether requests are isolated (limits enforced); false only when running from sources unbuilt. */
  get isolated(): boolean { return !!this.sandbox; }

  /** The tool's output; a ToolError for what the model should read (diagnostics come as output). */
  async call(job: McpJob, limits: RunLimits): Promise<ToolOutput> {
    const shared = job.tool === "run" ? (job.shared = new SharedArrayBuffer(4 + 4 * job.maxOutput)) : undefined;
    const o = this.sandbox
      ? await this.sandbox.run(job, { setup: SETUP_MS, compile: limits.compileMs, run: limits.timeoutMs })
      : { kind: "reply" as const, reply: await handle(job) };
    if (o.kind === "reply") {
      if ("error" in o.reply) throw new ToolError(o.reply.error.message, o.reply.error.data);
      return o.reply.out;
    }
    const output = shared ? sharedOutput(shared) : "";
    const what = o.phase === "run" ? WHAT.run : WHAT[job.tool];
    switch (o.kind) {
      case "timeout":
        if (o.phase === "run") throw new ToolError(`the program ran longer than ${limits.timeoutMs} ms and was stopped (an endless loop?)${tail(output)}`, { output });
        throw new ToolError(`${what} took longer than ${o.limit} ms and was stopped${o.phase === "setup" ? "" : ": make it smaller"}`);
      case "memory": throw new ToolError(`${what} used more memory than the server allows and was stopped${tail(output)}`, { output });
      case "crash": throw new ToolError(`${what} failed: ${o.message}${tail(output)}`, { output });
    }
  }

  async close(): Promise<void> { await this.sandbox?.close(); }
}
