// Delta debugging (Zeller's ddmin): the smallest input that still fails the same way, found by
// removing pieces — lines first, then tokens, then characters — while the failure stays.
import { tokens } from "./mutate.js";

export interface MinimizeOptions {
  /** Stop after this many tests of candidates … */
  maxTests?: number;
  /** … or at this time (performance.now()), keeping the smallest failing input found. */
  deadline?: number;
}

/** Shrink `source` while `fails` holds; `fails(source)` must hold at the start. */
export async function minimize(source: string, fails: (candidate: string) => Promise<boolean>, opts: MinimizeOptions = {}): Promise<string> {
  let budget = opts.maxTests ?? 400;
  const deadline = opts.deadline ?? Infinity;
  const test = async (s: string) => budget-- > 0 && performance.now() < deadline && (await fails(s));
  let best = source;
  for (const split of [lines, tokens, (s: string) => [...s]]) {
    best = await ddmin(split(best), async (units) => test(units.join("")));
    if (budget <= 0 || performance.now() >= deadline) break;
  }
  return best;
}

function lines(s: string): string[] {
  return s.split(/(?<=\n)/);
}

/** The classic algorithm: try each of n chunks alone and each complement; refine n when neither fails. */
async function ddmin(units: string[], fails: (units: string[]) => Promise<boolean>): Promise<string> {
  let n = 2;
  while (units.length >= 2) {
    const size = Math.ceil(units.length / n);
    const chunks = Array.from({ length: Math.ceil(units.length / size) }, (_, i) => units.slice(i * size, (i + 1) * size));
    let reduced = false;
    for (let i = 0; i < chunks.length && !reduced; i++) {
      if (await fails(chunks[i])) { units = chunks[i]; n = 2; reduced = true; }
    }
    for (let i = 0; i < chunks.length && !reduced; i++) {
      const rest = chunks.filter((_, j) => j !== i).flat();
      if (await fails(rest)) { units = rest; n = Math.max(n - 1, 2); reduced = true; }
    }
    if (!reduced) {
      if (n >= units.length) break;
      n = Math.min(units.length, n * 2);
    }
  }
  return units.join("");
}
