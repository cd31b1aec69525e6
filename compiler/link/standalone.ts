// One template linked alone with the runtime, exported as `run`: what the property tests execute,
// and what `templateBytes` in `ideo vocab` measures.
import { binaryen, newModule } from "../binaryen.js";
import { link } from "./link.js";

export async function standalone(fn: string, load?: (name: string) => Uint8Array, opts: { maps?: boolean } = {}): Promise<Uint8Array> {
  const b = await binaryen();
  const m = newModule(b);
  try {
    link(b, m, { roots: [fn], load });
    m.addFunctionExport(fn, "run");
    for (const f of ["rt_alloc", "rt_mark", "rt_reset", ...(opts.maps ? ["rt_map_new", "rt_map_put"] : [])]) m.addFunctionExport(f, f);
    if (!m.validate()) throw new Error(`standalone ${fn} does not validate`);
    b.setDebugInfo(true);
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}
