// What the compiler reads besides the program: the block registry index, the template binaries and the
// parser's stored lookahead, all made by `npm run build`. The core never reads files itself: an entry
// point plugs in where they come from (compiler/index.ts: Node's file system, node-assets.ts; the
// playground: files fetched by the browser), so the pipeline runs the same in Node and in a browser.
import type BinaryenNS from "binaryen";
import type { BlockDef } from "../blocks/block.js";

/** What the compiler and the CLI know of a block: its room's declaration less the oracle and tests. */
export type BlockMeta = Omit<BlockDef, "oracle" | "test">;

/** build/registry.json: every block's declaration, and how many example programs use each name. */
export interface RegistryIndex {
  /** `room` is the block's folder: blocks/<category>, or stdlib/<category> for one written in Ideo. */
  blocks: (BlockMeta & { category: string; room: string })[];
  /** Block names and aliases → in how many example programs (examples/**\/*.ideo) they occur. */
  usage: Record<string, number>;
}

export interface Assets {
  /** The blocks: names, signatures, docs, examples (build/registry.json). */
  registryIndex(): Promise<RegistryIndex>;
  /** A template's binary by its entry name (`sort_int`, `rt`; build/templates/NAME.wasm). */
  template(name: string): Uint8Array;
  /** Template sizes by entry name, for `ideo vocab` and `explain` (build/templates/manifest.json). */
  templateSizes(): Record<string, number>;
  /** The parser's lookahead stored by the build (build/lookahead.json), if there is one. */
  lookahead(): LookaheadTable | undefined;
  /** binaryen.js, where the entry point loads it faster than `import("binaryen")` (Node: the build's split). */
  binaryen?(): Promise<BinaryenPackage>;
}

export type BinaryenPackage = { default: typeof BinaryenNS };

/** build/lookahead.json (compiler/syntax/lookahead.ts): paths per production — `rule/Alternation3` →
 *  alternatives → paths → tokens, each token an index into `tokens` (names) — and the fingerprint of
 *  the grammar they were worked out from. */
export interface LookaheadTable {
  grammar: string;
  tokens: string[];
  paths: Record<string, number[][][]>;
}

let installed: Assets | undefined;

export function useAssets(assets: Assets): void {
  installed = assets;
}

/** The assets, if an entry point has plugged them in. */
export function installedAssets(): Assets | undefined {
  return installed;
}

export function assets(): Assets {
  if (!installed) throw new Error("the compiler has no assets: import it through compiler/index.ts (Node) or call useAssets() first");
  return installed;
}
