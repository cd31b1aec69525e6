// The sandbox's scheduling (cli/sandbox.ts): a job run alone has no other beside it, and a worker is
// replaced after the jobs it may serve. The limits themselves are tested through their users
// (tests/limits.test.ts, tests/mcp.test.ts, tests/fuzz.test.ts).
import { afterAll, describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { Sandbox } from "../cli/sandbox.js";
import { ROOT } from "../compiler/paths.js";

interface Ran { start: number; end: number; thread: number }

const script = pathToFileURL(join(ROOT, "tests", "sandbox", "sleeper.mjs"));
const sandboxes: Sandbox<{ ms: number }, Ran>[] = [];
afterAll(async () => { for (const s of sandboxes) await s.close(); });

function sandbox(retireAfter?: number) {
  const s = new Sandbox<{ ms: number }, Ran>({ script, role: "test", keep: 2, max: 2, retireAfter, output: "drop" });
  sandboxes.push(s);
  return s;
}

async function ran(p: Promise<unknown>): Promise<Ran> {
  const o = (await p) as { kind: string; reply?: Ran };
  expect(o.kind).toBe("reply");
  return o.reply!;
}

describe("the sandbox", () => {
  it("runs a job alone after the jobs running, and before the jobs that came after it", async () => {
    const s = sandbox();
    const limits = { setup: 30_000 };
    const first = [s.run({ ms: 300 }, limits), s.run({ ms: 400 }, limits)];
    await new Promise((done) => setTimeout(done, 50));
    const alone = s.runAlone({ ms: 200 }, limits);
    const later = s.run({ ms: 10 }, limits);
    const [a, b, c, d] = [await ran(first[0]), await ran(first[1]), await ran(alone), await ran(later)];
    expect(c.start).toBeGreaterThanOrEqual(Math.max(a.end, b.end));
    expect(d.start).toBeGreaterThanOrEqual(c.end);
  }, 60_000);

  it("replaces a worker after the jobs it may serve", async () => {
    const s = sandbox(2);
    const threads: number[] = [];
    for (let i = 0; i < 5; i++) threads.push((await ran(s.run({ ms: 1 }, { setup: 30_000 }))).thread);
    expect(threads[0]).toBe(threads[1]);
    expect(threads[2]).not.toBe(threads[1]);
    expect(threads[2]).toBe(threads[3]);
    expect(threads[4]).not.toBe(threads[3]);
  }, 60_000);
});
