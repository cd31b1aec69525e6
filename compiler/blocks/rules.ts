// The rules a template binary must keep so the linker can copy it verbatim: every function it
// defines is named after its entry function, every import comes from a known place and is
// named as what it imports, and it keeps no mutable state of its own (reentrancy). Its data and its
// lambdas' table entries are addressed from the globals `<fn>_data` and `<fn>_fns`, which the linker sets.
import { binaryen, readModule } from "../binaryen.js";

export async function checkTemplate(fn: string, bytes: Uint8Array): Promise<string[]> {
  const b = await binaryen();
  const m = readModule(b, bytes);
  const problems: string[] = [];
  try {
    if (!m.getFunction(fn) || b.getFunctionInfo(m.getFunction(fn)).module) problems.push(`${fn}: does not define $${fn}`);
    for (let i = 0; i < m.getNumFunctions(); i++) {
      const f = b.getFunctionInfo(m.getFunctionByIndex(i));
      if (f.module) {
        if (!["rt", "blocks"].includes(f.module)) problems.push(`${fn}: imports ${f.module}.${f.base}; templates import only from "rt" and "blocks"`);
        else if (f.name !== f.base) problems.push(`${fn}: import ${f.module}.${f.base} must be named $${f.base}`);
      } else if (f.name !== fn && !f.name.startsWith(`${fn}__`)) {
        problems.push(`${fn}: function $${f.name} must be named $${fn} or $${fn}__<helper>`);
      }
    }
    for (let i = 0; i < m.getNumGlobals(); i++) {
      const g = b.getGlobalInfo(m.getGlobalByIndex(i));
      if (!g.module && g.mutable) problems.push(`${fn}: mutable global $${g.name} breaks reentrancy`);
      if (g.module === "link" && g.name !== `${fn}_data` && g.name !== `${fn}_fns`) problems.push(`${fn}: link globals must be $${fn}_data or $${fn}_fns`);
    }
  } finally {
    m.dispose();
  }
  return problems;
}
