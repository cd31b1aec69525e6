// What a module carries of the runtime for its JS host (compiler/link/abi.ts): only what it uses.
// A kernel of arithmetic exports its functions and nothing else, and the host still places its
// faults, bounds its fuel and memory, and frees what a call allocated when there is something to free.
import { describe, it, expect } from "vitest";
import { compile, load } from "../compiler/index.js";
import { instantiate } from "../compiler/host/instance.js";

async function wasmOf(source: string, options: { fuel?: boolean; optimize?: 0 | 2 } = {}): Promise<Uint8Array> {
  const r = await compile(source, { file: "t.ideo", ...options });
  if (!r.wasm) throw new Error(r.render());
  return r.wasm;
}

const exportsOf = (wasm: Uint8Array) => WebAssembly.Module.exports(new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>)).map((e) => e.name).sort();
const importsOf = (wasm: Uint8Array) => WebAssembly.Module.imports(new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>)).map((i) => `${i.module}.${i.name}`);

const FIB = "fibr(n) = if n < 2: n else fibr(n - 1) + fibr(n - 2)\nkernel(n) = fibr(n)\n";

describe("a module's runtime", () => {
  for (const optimize of [0, 2] as const) {
    it(`is nothing when nothing takes memory, allocates or faults (-O${optimize})`, async () => {
      const wasm = await wasmOf(FIB, { optimize });
      expect(exportsOf(wasm)).toEqual(["fibr", "kernel"]);
      expect(importsOf(wasm)).toEqual([]);
      expect((await load(wasm)).kernel(20)).toBe(6765);
      // the limits have nothing to bound but the calls themselves
      expect((await load(wasm, { maxMemory: 0 })).kernel(10)).toBe(55);
      const fueled = await wasmOf(FIB, { fuel: true, optimize });
      expect(exportsOf(fueled)).toEqual(["fibr", "kernel", "rt_fuel_set", "rt_loc"]); // out of fuel is a fault
      expect((await load(fueled, { file: "t.ideo", fuel: 176 })).kernel.bind(null, 10)).toThrow("out of fuel at t.ideo:1:1");
      expect((await load(fueled, { fuel: 177 })).kernel(10)).toBe(55);
    });
  }

  it("places faults and stack overflows without a memory", async () => {
    const wasm = await wasmOf("div(a: int, b: int) = a // b\ndown(n: int) = if n == 0: 0 else down(n - 1) + 1\n");
    expect(exportsOf(wasm)).toEqual(["div", "down", "rt_loc"]);
    expect(importsOf(wasm)).toEqual(["env.fault"]);
    const ex = await load(wasm, { file: "t.ideo" });
    expect(ex.div(7, 2)).toBe(3);
    expect(() => ex.div(7, 0)).toThrow("division by zero at t.ideo:1:23");
    expect(() => ex.down(10_000_000)).toThrow(/^stack overflow \(recursion too deep\) near t\.ideo:2:34$/);
  });

  it("has the allocator when an export takes a value in memory", async () => {
    const wasm = await wasmOf("size(s: str) = s.len\n");
    // (and what the allocator reads: the memory limit, and the position its fault reports)
    expect(exportsOf(wasm)).toEqual(["memory", "rt_alloc", "rt_loc", "rt_mark", "rt_max_pages", "rt_reset", "size"]);
    const inst = await instantiate(wasm);
    const size = (s: string) => inst.scoped(() => {
      const p = inst.alloc(8 + s.length);
      new DataView(inst.memory.buffer).setInt32(p, s.length, true);
      return inst.exports.size(p);
    });
    // what the host allocated for each call is freed after it: 100 MB in all, 1 MB at a time
    for (let i = 0; i < 100; i++) expect(size("x".repeat(1_000_000))).toBe(1_000_000n);
    expect(inst.memory.buffer.byteLength).toBeLessThan(4 * 2 ** 20);
  });

  it("frees what a call allocated, when only the module allocates", async () => {
    const wasm = await wasmOf("grow(n: int) = fill(n, 7).len\n");
    expect(exportsOf(wasm)).toEqual(["grow", "memory", "rt_loc", "rt_mark", "rt_max_pages", "rt_reset"]);
    const inst = await instantiate(wasm, { file: "t.ideo", maxMemory: 16 * 2 ** 20 });
    // 8 MB a call: a hundred calls fit in 16 MB only because each call's memory is freed
    for (let i = 0; i < 100; i++) expect(inst.scoped(() => inst.exports.grow(1_000_000n))).toBe(1_000_000n);
    expect(() => inst.scoped(() => inst.exports.grow(3_000_000n))).toThrow("out of memory at t.ideo:1:16");
    expect(() => inst.alloc(8)).toThrow(/exports no allocator/);
  });
});
