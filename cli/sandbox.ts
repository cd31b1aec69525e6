// Work that must not take its caller down — compiling a program nobody checked, running it — done in
// worker threads under limits. A job moves through named phases ("compile", "run"); each phase has
// its own time limit, and a worker that outlives it is terminated. Every worker's V8 heap is capped
// (resourceLimits), and the process's resident memory is watched, since WebAssembly memories and
// Binaryen's own memory live outside the V8 heap: past the cap, the running jobs are stopped. The
// caller gets an Outcome either way and the sandbox keeps serving; workers that behave are reused.
//
// The worker side is one call: `serve(handler)` in a module whose URL the sandbox is given. The
// handler reports each phase it enters through `enter(phase)` so the right limit applies.
import { isMainThread, parentPort, workerData, Worker, type Transferable } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ROOT } from "../compiler/paths.js";

/** Time limits in milliseconds by phase; `setup` runs from the job's post to its first phase
 *  (a new worker imports the compiler then). A phase without a limit gets `setup`'s. */
export type PhaseLimits = Record<string, number> & { setup: number };

export type Outcome<R> =
  | { kind: "reply"; reply: R }
  /** Stopped by a limit: time in `phase`, or memory (the V8 heap cap or the resident-memory cap). */
  | { kind: "timeout" | "memory"; phase: string; limit: number }
  /** The worker died some other way (a crash in the engine, an exception outside the handler). */
  | { kind: "crash"; phase: string; message: string };

export interface SandboxOptions {
  /** The compiled worker module (a .js file that calls `serve`). */
  script: URL;
  /** What identifies the worker's role in workerData, so its module knows to serve. */
  role: string;
  /** V8 old-generation limit of each worker, MB. */
  heapMb?: number;
  /** The process's resident set size past which running jobs are stopped, MB. */
  maxRssMb?: number;
  /** Idle workers kept for reuse. */
  keep?: number;
  /** Jobs run at once; more wait their turn (so a flood of requests cannot start a flood of workers). */
  max?: number;
  /** Where the workers' stdout and stderr go (default: the parent's stderr; "drop" discards them). */
  output?: "stderr" | "drop";
  /** Jobs a worker serves before it is replaced (default 500): a worker's memory only grows (Binaryen's
   *  and the programs' WebAssembly memories keep their largest size), so a long campaign's
   *  workers came to hold gigabytes between them and every job went past the cap. */
  retireAfter?: number;
}

const WATCH_MS = 25;
const UNDER_CAP_WAIT_MS = 5_000;

interface Running { worker: Worker; stop: (kind: "memory", phase?: string) => void }

export class Sandbox<J, R> {
  private idle: Worker[] = [];
  private running = new Set<Running>();
  private watch?: NodeJS.Timeout;
  private closed = false;
  private waiting: (() => void)[] = [];
  private served = new WeakMap<Worker, number>();
  /** Set while a job runs alone (runAlone): other jobs wait for it. */
  private alone?: Promise<void>;

  constructor(private readonly opts: SandboxOptions) {}

  /** Run one job; `transfer` lists buffers to move rather than copy. Never rejects. */
  async run(job: J, limits: PhaseLimits, transfer: Transferable[] = []): Promise<Outcome<R>> {
    for (;;) {
      while (this.alone) await this.alone;
      await this.underCap();
      if (this.alone) continue;
      if (this.running.size < (this.opts.max ?? 4)) break;
      await new Promise<void>((go) => this.waiting.push(go));
    }
    try {
      return await this.start(job, limits, transfer);
    } finally {
      this.wake();
    }
  }

  /** Run one job in a fresh worker with no other beside it, so the memory cap, which covers the
   *  process, measures this job alone (to judge again a job another one's memory may have stopped). */
  async runAlone(job: J, limits: PhaseLimits, transfer: Transferable[] = []): Promise<Outcome<R>> {
    while (this.alone) await this.alone;
    let release = () => {};
    this.alone = new Promise<void>((done) => { release = done; });
    try {
      while (this.running.size) await new Promise<void>((go) => this.waiting.push(go));
      // idle workers keep the memory their largest job grew (Binaryen's never shrinks): a fresh
      // worker, and none beside it, so the cap measures this job alone
      this.dropIdle();
      await this.underCap();
      return await this.start(job, limits, transfer);
    } finally {
      this.alone = undefined;
      release();
      this.wake();
    }
  }

  /** Every waiting job looks again at what it waits for (a free slot, or no job running). */
  private wake(): void {
    for (const go of this.waiting.splice(0)) go();
  }

  private start(job: J, limits: PhaseLimits, transfer: Transferable[]): Promise<Outcome<R>> {
    const w = this.idle.pop() ?? this.spawn();
    this.served.set(w, (this.served.get(w) ?? 0) + 1);
    return new Promise<Outcome<R>>((resolve) => {
      let phase = "setup";
      let timer: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(timer);
        const limit = limits[phase] ?? limits.setup;
        timer = setTimeout(() => finish({ kind: "timeout", phase, limit }, false), limit);
      };
      const entry: Running = { worker: w, stop: () => finish({ kind: "memory", phase, limit: this.opts.maxRssMb ?? 0 }, false) };
      const finish = (outcome: Outcome<R>, keep: boolean) => {
        if (!this.running.delete(entry)) return;
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        if (!this.running.size) { clearInterval(this.watch); this.watch = undefined; }
        const retired = (this.served.get(w) ?? 0) >= (this.opts.retireAfter ?? 500);
        if (keep && !retired && !this.closed && this.idle.length < (this.opts.keep ?? 1)) this.idle.push(w);
        else void w.terminate();
        resolve(outcome);
      };
      const onMessage = (m: { phase?: string; reply?: R; failed?: string }) => {
        if (m.phase) { phase = m.phase; arm(); return; }
        if (m.failed !== undefined) return finish({ kind: "crash", phase, message: m.failed }, false);
        finish({ kind: "reply", reply: m.reply as R }, true);
      };
      const onError = (e: Error & { code?: string }) => {
        if (e.code === "ERR_WORKER_OUT_OF_MEMORY") finish({ kind: "memory", phase, limit: this.opts.heapMb ?? 0 }, false);
        else finish({ kind: "crash", phase, message: e.message }, false);
      };
      const onExit = (code: number) => finish({ kind: "crash", phase, message: `the worker stopped (exit code ${code})` }, false);
      this.running.add(entry);
      this.watchMemory();
      arm();
      w.on("message", onMessage);
      w.once("error", onError);
      w.once("exit", onExit);
      w.postMessage(job, transfer);
    });
  }

  /** The resident-memory cap covers the whole process, so past it every running job is stopped,
   *  and idle workers go too (what they hold counts). */
  private watchMemory(): void {
    const cap = this.opts.maxRssMb;
    if (!cap || this.watch) return;
    this.watch = setInterval(() => {
      if (!this.overCap()) return;
      for (const r of [...this.running]) r.stop("memory");
      this.dropIdle();
    }, WATCH_MS);
    this.watch.unref();
  }

  private overCap(): boolean {
    return !!this.opts.maxRssMb && process.memoryUsage.rss() / 1048576 > this.opts.maxRssMb;
  }

  private dropIdle(): void {
    for (const w of this.idle.splice(0)) void w.terminate();
  }

  /** A job starts under the cap: past it (workers just stopped are still giving their memory back),
   *  idle workers go and the job waits, up to a few seconds, so it is not stopped for others' memory. */
  private async underCap(): Promise<void> {
    if (!this.overCap()) return;
    this.dropIdle();
    for (let waited = 0; waited < UNDER_CAP_WAIT_MS && this.overCap(); waited += WATCH_MS) await new Promise((go) => setTimeout(go, WATCH_MS));
  }

  private spawn(): Worker {
    const w = new Worker(this.opts.script, {
      workerData: { sandboxRole: this.opts.role },
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb ?? 512 },
    });
    if (this.opts.output === "drop") { w.stdout.resume(); w.stderr.resume(); }
    else { w.stdout.pipe(process.stderr); w.stderr.pipe(process.stderr); }
    w.unref(); // an idle worker must not keep the process alive
    w.on("error", () => { /* reported to the job that was running, if any */ });
    return w;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const r of [...this.running]) void r.worker.terminate();
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}

/** In a worker module: true when this worker was started by a sandbox for `role`. */
export function isSandboxWorker(role: string): boolean {
  return !isMainThread && (workerData as { sandboxRole?: string } | undefined)?.sandboxRole === role;
}

/** In a worker module: answer jobs with `handle` until terminated. */
export function serve<J, R>(handle: (job: J, enter: (phase: string) => void) => Promise<R>): void {
  const port = parentPort!;
  port.on("message", (job: J) => {
    handle(job, (phase) => port.postMessage({ phase })).then(
      (reply) => port.postMessage({ reply }),
      (e) => port.postMessage({ failed: e instanceof Error ? e.message : String(e) }),
    );
  });
}

/** A worker module's compiled URL, from the module that starts it: `name` beside that module when
 *  running built code (dist/, or in the bundle the worker entry beside the chunk), else dist's copy
 *  at `distPath` (tests run the TypeScript sources), else none when the project is not built. */
export function workerScript(importMetaUrl: string, name: string, distPath: string): URL | undefined {
  if (fileURLToPath(importMetaUrl).endsWith(".js")) return new URL(`./${name}`, importMetaUrl);
  const built = join(ROOT, "dist", distPath);
  return existsSync(built) ? pathToFileURL(built) : undefined;
}
