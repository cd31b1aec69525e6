// The kernels: one folder each under bench/kernels/, holding the same program in every variant
// side by side, and kernel.json saying what it computes, on what input, at which sizes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";

export const KERNELS_DIR = join(ROOT, "bench", "kernels");

/** What a kernel's entry point takes: an int n, one text, or two texts (n is their size). */
export type Input = "n" | "text" | "texts";

/** Every variant of a kernel: Ideo written with loops (also compiled with fuel checks and run under
 *  `ideo run`'s default budget, to measure what they cost), Ideo with blocks, idiomatic JS, C built
 *  by clang -O3 for wasm32, AssemblyScript -O3, and the same C by gcc -O3 run natively. */
export const VARIANTS = ["ideo", "ideo-fuel", "ideo-blocks", "js", "clang", "asc", "gcc"] as const;
export type Variant = (typeof VARIANTS)[number];

/** The file each variant is written in, in the kernel's folder. */
export const SOURCE: Record<Variant, string> = {
  ideo: "loops.ideo",
  "ideo-fuel": "loops.ideo",
  "ideo-blocks": "blocks.ideo",
  js: "kernel.js",
  clang: "kernel.c",
  asc: "kernel.as.ts",
  gcc: "kernel.c",
};

export interface Kernel {
  name: string;
  dir: string;
  /** A few words for the tables. */
  what: string;
  input: Input;
  /** n for the benchmark, and for the test suite's quick run. */
  size: number;
  small: number;
  /** The result at the small size, as every variant must compute it. */
  smallResult: string;
  /** The blocks blocks.ideo is made of, when there is one. */
  blocks?: string[];
  /** Why there is no blocks.ideo, when there is none. */
  noBlocks?: string;
}

export function loadKernels(): Kernel[] {
  return readdirSync(KERNELS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(KERNELS_DIR, d.name, "kernel.json")))
    .map((d) => {
      const dir = join(KERNELS_DIR, d.name);
      const spec = JSON.parse(readFileSync(join(dir, "kernel.json"), "utf8")) as Omit<Kernel, "name" | "dir">;
      return { name: d.name, dir, ...spec };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether the kernel is written in this variant (only blocks.ideo is optional). */
export function hasVariant(k: Kernel, v: Variant): boolean {
  return existsSync(join(k.dir, SOURCE[v]));
}

export function sourceOf(k: Kernel, v: Variant): string {
  return readFileSync(join(k.dir, SOURCE[v]), "utf8");
}
