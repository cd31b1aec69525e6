// What a module built for a JS host exports of the runtime for that host (compiler/host/instance.ts):
// only what the module uses, so a kernel of arithmetic carries its own functions alone.
//   rt_alloc            the host writes arguments (and host functions' results) that live in memory
//   rt_mark, rt_reset   the host frees what a call allocated: the module allocates, or the host does
//   rt_loc              the last position the code stored, where a stack overflow has no call site
//   rt_max_pages        the memory limit, which only the allocator reads
//   rt_map_new/put      the host builds maps;  rt_fuel_set  the module was compiled with fuel
//   memory              the code loads, stores or has data
import type { Binaryen, Module } from "../binaryen.js";

export interface AbiNeeds {
  /** An export takes, or a host function returns, a value that lives in memory. */
  alloc: boolean;
  /** The host builds maps (or anys, which may hold dicts) in memory. */
  maps: boolean;
  /** The module was compiled with fuel checks. */
  fuel: boolean;
}

/** Export what the host needs of the runtime, after dropping what nothing reaches from the module's
 *  own exports (an optimize would drop it too): whether the allocator is left says whether the
 *  module allocates. */
export function exportRuntime(b: Binaryen, m: Module, needs: AbiNeeds): void {
  const regions = ["rt_alloc", "rt_mark", "rt_reset"];
  for (const f of needs.alloc ? regions : regions.slice(1)) m.addFunctionExport(f, f);
  if (needs.maps) for (const f of ["rt_map_new", "rt_map_put"]) m.addFunctionExport(f, f);
  if (needs.fuel) m.addFunctionExport("rt_fuel_set", "rt_fuel_set");
  m.runPasses(["remove-unused-module-elements"]);
  if (!m.getFunction("rt_alloc")) {
    // nothing allocates, so the heap pointer never moves: the host has nothing to free, and a loop's
    // region (rt_mark … rt_reset, lower/loops.ts) puts back where it already is; as a nop the
    // optimizer drops the region and the heap pointer with it
    for (const f of regions.slice(1)) m.removeExport(f);
    m.removeFunction("rt_reset");
    m.addFunction("rt_reset", b.i32, b.none, [], m.nop());
  }
  if (m.getGlobal("rt_loc")) m.addGlobalExport("rt_loc", "rt_loc");
  if (m.getGlobal("rt_max_pages")) m.addGlobalExport("rt_max_pages", "rt_max_pages");
}

/** After optimizing: a module whose code touches no memory (no load, store or data; no allocator the
 *  host calls) exports none, and the host stands an empty one in its place (host/instance.ts). */
export function dropUnusedMemory(m: Module): void {
  m.removeExport("memory");
  m.runPasses(["remove-unused-module-elements"]);
  if (m.hasMemory()) m.addMemoryExport("memory", "memory");
}
