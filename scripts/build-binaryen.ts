// Build step: binaryen.js split in two, so that a process that emits a module starts faster.
// The package ships one 15 MB script whose WebAssembly binary is a string literal; V8 parses the
// whole script (about 0.2 s of CPU) and the glue copies the string into bytes (about 0.1 s) on every
// start. This writes build/binaryen/binaryen.wasm (the bytes, read with one file read) and
// build/binaryen/index.js (the package's glue with the literal replaced by that read), plus
// source.json naming the package file it came from; compiler/node-assets.ts loads the pair only
// while source.json still matches the installed package, and the package itself otherwise.
// When the glue no longer has the shape looked for, nothing is written: Ideo runs as before.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { BINARYEN_SPLIT, binaryenPackageFile, binaryenStamp } from "../compiler/node-assets.js";

/** The call that turns the literal into bytes, after the place the glue instantiates the binary. */
const INSTANTIATE = "instantiateWasm";
const LITERAL_CALL = /([A-Za-z_$][\w$]*)\(`\\0asm/g;

function split(glue: string): { js: string; wasm: Uint8Array } | string {
  const after = glue.indexOf(INSTANTIATE);
  if (after < 0) return `no "${INSTANTIATE}" in the glue`;
  LITERAL_CALL.lastIndex = after;
  const call = LITERAL_CALL.exec(glue);
  if (!call) return "no WebAssembly literal after it";
  const open = call.index + call[1].length + 1;
  let i = open + 1;
  while (i < glue.length && glue[i] !== "`") i += glue[i] === "\\" ? 2 : 1;
  if (glue[i + 1] !== ")") return "the literal is not a call's only argument";
  // the literal is the package's own text: evaluating it gives the string the glue would build
  const text: string = (0, eval)(glue.slice(open, i + 1));
  const wasm = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) wasm[k] = text.charCodeAt(k) & 255;
  if (!WebAssembly.validate(wasm)) return "the literal's bytes are not a valid module";
  const read = `new Uint8Array(__ideoReadFile(new URL("./binaryen.wasm", import.meta.url)))`;
  const js = `import { readFileSync as __ideoReadFile } from "node:fs";\n${glue.slice(0, call.index)}${read}${glue.slice(i + 2)}`;
  return { js, wasm };
}

async function main(): Promise<void> {
  const source = binaryenPackageFile(createRequire(import.meta.url));
  rmSync(BINARYEN_SPLIT, { recursive: true, force: true });
  const parts = split(readFileSync(source, "utf8"));
  if (typeof parts === "string") {
    console.error(`binaryen.js kept whole (${parts}): modules build as before, with a slower start`);
    return;
  }
  mkdirSync(BINARYEN_SPLIT, { recursive: true });
  writeFileSync(join(BINARYEN_SPLIT, "binaryen.wasm"), parts.wasm);
  writeFileSync(join(BINARYEN_SPLIT, "index.js"), parts.js);
  // the split must work before anything relies on it
  const b = (await import(join(BINARYEN_SPLIT, "index.js"))).default;
  const m = new b.Module();
  m.addFunction("f", b.none, b.i32, [], m.i32.const(7));
  m.addFunctionExport("f", "f");
  const ok = m.validate() && m.emitBinary().length > 0;
  m.dispose();
  if (!ok) {
    rmSync(BINARYEN_SPLIT, { recursive: true, force: true });
    throw new Error("the split binaryen.js does not build a module");
  }
  writeFileSync(join(BINARYEN_SPLIT, "source.json"), JSON.stringify(binaryenStamp(source)));
  console.error(`split binaryen.js into build/binaryen (${(parts.js.length / 1024).toFixed(0)} KB of glue, ${(parts.wasm.length / 1048576).toFixed(1)} MB of wasm)`);
}

main().catch((e) => {
  console.error(`binaryen split failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
