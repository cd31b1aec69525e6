// Blocks written in Ideo (stdlib/): compiled into templates that import the runtime and the blocks
// they call, bring their own lambdas into the program's table, and fail the build with the reason
// when the source does not fit the room's signature.
import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binaryen, readModule } from "../compiler/binaryen.js";
import { instancesOf } from "../compiler/blocks/registry.js";
import { loadRooms, Room, templatePath } from "../compiler/blocks/rooms.js";
import { parseSignature } from "../compiler/blocks/signature.js";
import { importedBlocks } from "../compiler/blocks/source.js";
import { compileTemplate, nameImports } from "../compiler/stdlib.js";
import { load } from "../compiler/index.js";

const registry = await loadRooms();

/** A room made up for a test: a signature and an Ideo source in a temporary folder. */
function room(name: string, sig: string, source: string, types?: Record<string, string[]>): Room {
  const dir = mkdtempSync(join(tmpdir(), "ideo-stdlib-"));
  writeFileSync(join(dir, `${name}.ideo`), source);
  const sigs = [parseSignature(sig)];
  return { def: { name, sig, types, doc: "test", examples: [], oracle: () => 0 }, name, category: "test", room: "stdlib/test", dir, sigs, instances: instancesOf(name, sigs, types ?? {}) };
}

async function build(b: Room, k = 0): Promise<Uint8Array> {
  return compileTemplate(templatePath(b.dir, b.def, b.instances[k])!, b, b.instances[k], registry);
}

describe("stdlib templates", () => {
  it("every stdlib room is a block with Ideo templates (list's any overload is WAT)", () => {
    const ideo = registry.blocks.filter((b) => b.room.startsWith("stdlib/"));
    expect(ideo.length).toBeGreaterThan(0);
    for (const b of ideo) {
      const paths = b.instances.map((inst) => templatePath(b.dir, b.def, inst));
      // every instance has a template; a room may give one overload in WAT (list's for an any)
      for (const p of paths) expect(p, b.name).toMatch(/\.(ideo|wat)$/);
      expect(paths.some((p) => p!.endsWith(".ideo")), b.name).toBe(true);
    }
    expect(ideo.filter((b) => b.instances.some((inst) => templatePath(b.dir, b.def, inst)!.endsWith(".wat"))).map((b) => b.name)).toEqual(["list"]);
  });

  it("import the runtime and the blocks they call, and define only their own functions", async () => {
    const b = room("shout", "(xs: [T]) -> [str]", "shout(xs) = xs.map(_.upper + \"!\").sort\n", { T: ["str"] });
    const bytes = await build(b);
    expect(importedBlocks(bytes).sort()).toEqual(["map_i32_i32", "sort_str", "upper"]);
    const bin = await binaryen();
    const m = readModule(bin, bytes);
    const defined: string[] = [], rt: string[] = [];
    for (let i = 0; i < m.getNumFunctions(); i++) {
      const f = bin.getFunctionInfo(m.getFunctionByIndex(i));
      if (!f.module) defined.push(f.name);
      else if (f.module === "rt") rt.push(f.name);
    }
    m.dispose();
    expect(defined.every((n) => n === "shout_str" || n.startsWith("shout_str__"))).toBe(true);
    expect(rt).toContain("rt_str_concat");
  });

  it("give their lambdas table slots after the program's own", async () => {
    const ex = await load('f(xs: [str]) = xs.map(x => x + "!").map(_.capwords).map(y => y.len)');
    expect(ex.f(["ab cd", "x"])).toEqual([6, 2]);
  });

  it("fail the build, naming the room, when the source does not fit the signature", async () => {
    await expect(build(room("half", "(x: int) -> int", "half(x) = x / 2\n"))).rejects.toThrow(/half\.ideo \(half\): 'half' has type \(int\) -> float; the signature wants \(int\) -> int/);
    await expect(build(room("nope", "(x: int) -> int", "other(x) = x\n"))).rejects.toThrow(/defines no function 'nope'/);
    await expect(build(room("bad", "(s: str) -> int", "bad(s) = s + 1\n"))).rejects.toThrow(/bad\.ideo[\s\S]*E03/);
  });

  it("name every import after its field, which Binaryen leaves unnamed", async () => {
    const bin = await binaryen();
    const m = new bin.Module();
    m.addFunctionImport("rt_alloc", "rt", "rt_alloc", bin.i32, bin.i32);
    m.addGlobalImport("g_data", "link", "g_data", bin.i32, false);
    m.addFunction("g", bin.none, bin.i32, [], m.i32.add(m.global.get("g_data", bin.i32), m.call("rt_alloc", [m.i32.const(8)], bin.i32)));
    bin.setDebugInfo(true);
    const bytes = nameImports(m.emitBinary());
    m.dispose();
    const back = readModule(bin, bytes);
    expect(bin.getFunctionInfo(back.getFunctionByIndex(0)).name).toBe("rt_alloc");
    expect(bin.getGlobalInfo(back.getGlobalByIndex(0)).name).toBe("g_data");
    expect(back.emitText()).toContain("(func $g");
    back.dispose();
  });
});
