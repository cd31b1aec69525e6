// What the fuzz and difftest campaigns share: indexes from `from` handed to `workers` lanes until a
// count or a deadline, with a progress line on stderr every few seconds.

export interface LaneOptions {
  from: number;
  count?: number;
  seconds?: number;
  workers: number;
  /** Run input `index`. */
  one: (index: number) => Promise<void>;
  /** A progress line, given the inputs done and the rate. */
  status: (done: number, perSecond: number) => string;
  progress?: (line: string) => void;
}

/** Run the lanes; returns one past the last index started (every started index has finished). */
export async function runLanes(o: LaneOptions): Promise<number> {
  const started = performance.now();
  const deadline = o.seconds !== undefined ? started + o.seconds * 1000 : Infinity;
  const end = o.count !== undefined ? o.from + o.count : Infinity;
  let next = o.from, done = 0, lastReport = started;
  const lane = async () => {
    while (next < end && performance.now() < deadline) {
      await o.one(next++);
      done++;
      const now = performance.now();
      if (now - lastReport > 5000) {
        lastReport = now;
        o.progress?.(o.status(done, done / ((now - started) / 1000)));
      }
    }
  };
  await Promise.all(Array.from({ length: o.workers }, lane));
  return next;
}
