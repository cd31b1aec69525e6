// The order the checker visits functions in: callees before callers, so a call usually meets a
// function whose parameter types are already known.
import type { Program } from "../syntax/ast.js";

/** Functions ordered so that each one's callees come first (cycles broken in source order). */
export function calleeFirstOrder(program: Program): string[] {
  const names = new Set(program.fns.map((f) => f.name));
  const callees = new Map<string, Set<string>>();
  for (const f of program.fns) {
    const set = new Set<string>();
    const walk = (x: unknown): void => {
      if (!x || typeof x !== "object") return;
      if (Array.isArray(x)) { x.forEach(walk); return; }
      const o = x as Record<string, unknown>;
      if (o.kind === "call" && typeof o.callee === "string" && names.has(o.callee)) set.add(o.callee);
      for (const [k, v] of Object.entries(o)) if (k !== "span" && typeof v === "object") walk(v);
    };
    walk(f.body);
    callees.set(f.name, set);
  }
  // post-order from main, then every other function: each function after the ones it calls
  // (a cycle is entered wherever it is first reached)
  const post: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string) => { if (seen.has(n)) return; seen.add(n); for (const c of callees.get(n) ?? []) visit(c); post.push(n); };
  if (names.has("main")) visit("main");
  program.fns.forEach((f) => visit(f.name));
  return post;
}
