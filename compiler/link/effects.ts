// What calling a runtime function or a block template can do, read from the template binaries'
// code: whether it can fault (then the call site records its source position first, for rt_fault),
// allocate (a loop whose turns cannot needs no region: lower/loops.ts) or call back into the
// program through the function table (a lambda, which may do both, and spend fuel).
import type { CallEffects as Effects } from "../lower/context.js";
import { assets } from "../assets.js";

const NONE: Effects = { faults: false, allocates: false, calls: false };
/** Where effects start: everything else can fault or allocate only by calling these, and call the
 *  program only through the table. */
const ROOTS: Record<string, Effects> = {
  rt_fault: { faults: true, allocates: false, calls: false },
  rt_fault_at: { faults: true, allocates: false, calls: false },
  rt_alloc: { faults: true, allocates: true, calls: false },
};

/** A module's functions by name: the functions each calls, and whether it calls through the table. */
interface Calls { imports: { module: string; name: string }[]; fns: Map<string, { calls: number[]; indirect: boolean }>; names: string[] }

/** Module name → the effects of each function it defines. */
const modules = new Map<string, Map<string, Effects>>();

/** Effects of calling `fn`: a runtime function (`rt_*`) or a template's entry function (`sort_int`). */
export function effectsOf(fn: string, load: (module: string) => Uint8Array = (name) => assets().template(name)): Effects {
  return moduleEffects(fn.startsWith("rt_") ? "rt" : fn, load).get(fn) ?? { faults: true, allocates: true, calls: true };
}

function moduleEffects(module: string, load: (module: string) => Uint8Array): Map<string, Effects> {
  const known = modules.get(module);
  if (known) return known;
  const { imports, fns, names } = readCalls(load(module));
  const out = new Map<string, Effects>();
  for (const [name, f] of fns) out.set(name, { ...(module === "rt" && ROOTS[name] ? ROOTS[name] : NONE), ...(f.indirect ? { allocates: true, calls: true } : {}) });
  const of = (index: number): Effects => {
    if (index >= imports.length) return out.get(names[index]) ?? NONE;
    const imp = imports[index];
    if (imp.module === "rt") return moduleEffects("rt", load).get(imp.name) ?? NONE;
    if (imp.module === "blocks") return moduleEffects(imp.name, load).get(imp.name) ?? NONE;
    return NONE; // the host's functions: output and float formatting
  };
  // the functions of a module may call each other recursively: iterate to a fixed point
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, f] of fns) {
      const e = out.get(name)!;
      for (const c of f.calls.map(of)) {
        if ((c.faults && !e.faults) || (c.allocates && !e.allocates) || (c.calls && !e.calls)) changed = true;
        e.faults ||= c.faults;
        e.allocates ||= c.allocates;
        e.calls ||= c.calls;
      }
    }
  }
  modules.set(module, out);
  return out;
}

/** Reads a module's function imports, its function names (the name section) and, for each function
 *  body, the functions it calls: a walk over the instructions that knows each one's immediates. */
function readCalls(bytes: Uint8Array): Calls {
  let at = 8;
  const u32 = () => { let v = 0, shift = 0, byte; do { byte = bytes[at++]; v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80); return v; };
  const str = () => { const n = u32(); const s = new TextDecoder().decode(bytes.subarray(at, at + n)); at += n; return s; };
  const imports: Calls["imports"] = [];
  const bodies: { calls: number[]; indirect: boolean }[] = [];
  const names: string[] = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = u32();
    const end = at + size;
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        const module = str(), name = str(), kind = bytes[at++];
        if (kind === 0) { imports.push({ module, name }); u32(); }
        else if (kind === 1) { at++; const flags = u32(); u32(); if (flags & 1) u32(); }
        else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
        else at += 2; // a global: its type and mutability
      }
    } else if (id === 10) {
      for (let n = u32(); n > 0; n--) {
        const bodyEnd = u32() + at;
        for (let groups = u32(); groups > 0; groups--) { u32(); at++; }
        bodies.push(scanBody(bytes, at, bodyEnd));
        at = bodyEnd;
      }
    } else if (id === 0 && str() === "name") {
      while (at < end) {
        const sub = bytes[at++], subEnd = u32() + at;
        if (sub === 1) for (let n = u32(); n > 0; n--) { const index = u32(); names[index] = str(); }
        at = subEnd;
      }
    }
    at = end;
  }
  const fns = new Map(bodies.map((b, i) => [names[imports.length + i] ?? `#${imports.length + i}`, b]));
  return { imports, fns, names };
}

/** The calls in one function body, from its first instruction to `end`. */
function scanBody(bytes: Uint8Array, start: number, end: number): { calls: number[]; indirect: boolean } {
  let at = start;
  const u32 = () => { let v = 0, shift = 0, byte; do { byte = bytes[at++]; v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80); return v; };
  const leb = () => { while (bytes[at++] & 0x80); };
  const memarg = () => { const align = u32(); if (align & 0x40) u32(); u32(); };
  const calls: number[] = [];
  let indirect = false;
  while (at < end) {
    const op = bytes[at++];
    if (op === 0x10 || op === 0x12) calls.push(u32());
    else if (op === 0x11 || op === 0x13) { indirect = true; u32(); u32(); }
    else if (op >= 0x02 && op <= 0x04) { if (bytes[at] === 0x40 || (bytes[at] >= 0x6f && bytes[at] <= 0x7f)) at++; else leb(); }
    else if (op === 0x0c || op === 0x0d || (op >= 0x20 && op <= 0x26) || op === 0xd2) u32();
    else if (op === 0x0e) { for (let n = u32() + 1; n > 0; n--) u32(); }
    else if (op === 0x1c) { for (let n = u32(); n > 0; n--) at++; }
    else if (op >= 0x28 && op <= 0x3e) memarg();
    else if (op === 0x3f || op === 0x40 || op === 0xd0) at++;
    else if (op === 0x41 || op === 0x42) leb();
    else if (op === 0x43) at += 4;
    else if (op === 0x44) at += 8;
    else if (op === 0xfc) {
      const sub = u32();
      if (sub === 8) { u32(); at++; } else if (sub === 10) at += 2; else if (sub === 11) at++;
      else if (sub === 12 || sub === 14) { u32(); u32(); } else if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) u32();
    } else if (op === 0xfd) {
      const sub = u32();
      if (sub <= 11 || sub === 92 || sub === 93) memarg();
      else if (sub === 12 || sub === 13) at += 16;
      else if (sub >= 21 && sub <= 34) at++;
      else if (sub >= 84 && sub <= 91) { memarg(); at++; }
    }
  }
  return { calls, indirect };
}
