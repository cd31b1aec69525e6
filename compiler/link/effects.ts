// What calling a runtime function or a block template can do, read from the templates' code:
// whether it can fault (then the call site records its source position first, for rt_fault) and
// whether it can allocate (a loop whose turns allocate nothing needs no region: lower/loops.ts).
import type { Binaryen } from "../binaryen.js";
import { readModule } from "../binaryen.js";
import type { CallEffects as Effects } from "../lower/context.js";
import { assets } from "../assets.js";

const NONE: Effects = { faults: false, allocates: false };
/** Where effects start: everything else can fault or allocate only by calling these. */
const ROOTS: Record<string, Effects> = {
  rt_fault: { faults: true, allocates: false },
  rt_fault_at: { faults: true, allocates: false },
  rt_alloc: { faults: true, allocates: true },
};

/** Module name → the effects of each function it defines, found by iterating to a fixed point (the
 *  functions of a module may call each other recursively). */
const modules = new Map<string, Map<string, Effects>>();

function moduleEffects(b: Binaryen, module: string): Map<string, Effects> {
  const known = modules.get(module);
  if (known) return known;
  const m = readModule(b, assets().template(module));
  const text = m.emitText();
  m.dispose();
  const imports = new Map<string, { module: string; base: string }>();
  for (const imp of text.matchAll(/\(import "(\w+)" "(\w+)" \(func \$([^\s()]+)/g)) imports.set(imp[3], { module: imp[1], base: imp[2] });
  const calls = new Map<string, string[]>();
  const out = new Map<string, Effects>();
  // Binaryen prints each function from a line ` (func $name` to the next one
  for (const part of text.split(/^ \(func \$/m).slice(1)) {
    const name = part.slice(0, part.search(/[\s()]/));
    calls.set(name, [...part.matchAll(/\((?:return_)?call \$([^\s()]+)/g)].map((c) => c[1]));
    // a template that calls a lambda may allocate through it (the lambda records its own faults)
    out.set(name, { ...(module === "rt" && ROOTS[name] ? ROOTS[name] : NONE), allocates: !!(module === "rt" && ROOTS[name]?.allocates) || /\(call_indirect/.test(part) });
  }
  const outside = (callee: string): Effects => {
    const imp = imports.get(callee)!;
    if (imp.module === "rt") return moduleEffects(b, "rt").get(imp.base) ?? NONE;
    if (imp.module === "blocks") return moduleEffects(b, imp.base).get(imp.base) ?? NONE;
    return NONE; // the host's functions: output and float formatting
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, callees] of calls) {
      const e = out.get(name)!;
      for (const c of callees) {
        const ce = imports.has(c) ? outside(c) : out.get(c) ?? NONE;
        if ((ce.faults && !e.faults) || (ce.allocates && !e.allocates)) {
          e.faults ||= ce.faults;
          e.allocates ||= ce.allocates;
          changed = true;
        }
      }
    }
  }
  modules.set(module, out);
  return out;
}

/** Effects of calling `fn`: a runtime function (`rt_*`) or a template's entry function (`sort_int`). */
export function effectsOf(b: Binaryen, fn: string): Effects {
  return moduleEffects(b, fn.startsWith("rt_") ? "rt" : fn).get(fn) ?? { faults: true, allocates: true };
}
