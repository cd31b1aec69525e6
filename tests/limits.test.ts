// Memory limits: a program past its budget stops with a fault naming its line, in bounded time.
import { describe, it, expect } from "vitest";
import { compile, load } from "../compiler/index.js";
import { instantiate } from "../compiler/host/instance.js";

/** f() of a program loaded with this memory limit: its value, or its fault's message. */
async function outcome(source: string, maxMemory?: number): Promise<string> {
  const ideo = await load(source, { file: "t.ideo", maxMemory });
  try { return String(ideo.f()); } catch (e) { return (e as Error).message; }
}

describe("memory", () => {
  it("an allocation loop stops at its line below the limit", async () => {
    const src = "fn f()\n  xs = [0]\n  while true\n    xs = xs + xs.map(_ + 1)\n  xs.len";
    expect(await outcome(src, 16 * 2 ** 20)).toBe("out of memory at t.ideo:4:15");
    const r = await compile(src);
    const inst = await instantiate(r.wasm!, { maxMemory: 16 * 2 ** 20 });
    expect(() => inst.scoped(() => inst.exports.f())).toThrow(/out of memory/);
    expect(inst.memory.buffer.byteLength).toBeLessThanOrEqual(16 * 2 ** 20);
  });

  it("a limit that fits the program lets it run; a limit is a number of bytes", async () => {
    expect(await outcome("fn f() = fill(1000000, 1).sum", 16 * 2 ** 20)).toBe("1000000");
    await expect(load("fn f() = 1", { maxMemory: NaN })).rejects.toThrow(/maxMemory must be/);
  });
});
