// `ideo build`: a module, as binary or text, for the JS host or for WASI hosts (--wasi).
import { Command, Option } from "commander";
import { writeFileSync } from "node:fs";
import { compile, OptLevel } from "../compiler/index.js";
import { render } from "../compiler/diagnostics.js";
import { readImport, readSource } from "./io.js";
import { withBaselineWasm } from "./baseline.js";

export function buildCommand(program: Command, optLevel: (o: Record<string, unknown>) => OptLevel): void {
  program.command("build")
    .description("compile FILE to a .wasm module (or WebAssembly text with --wat)")
    .argument("<file>", "an .ideo source file")
    .option("-o, --output <out>", "where to write (default: FILE with .wasm, or .wat with --wat)")
    .addOption(new Option("-O <level>", "optimization level: 0, 1, 2, 3, s (size) or z (smaller)").default("2"))
    .option("--wat", "write WebAssembly text instead of binary")
    .option("--wasi", "a module any WASI host runs (wasmtime, node:wasi…): main gets the command-line arguments, print writes to standard output, a fault exits with code 1")
    .addHelpText("after", `
Examples:
  $ ideo build examples/tour.ideo -o tour.wasm -Oz
  $ ideo build examples/tour.ideo --wat -o -          prints the text
  $ ideo build examples/io/wc.ideo --wasi && wasmtime examples/io/wc.wasm -l < README.md`)
    .action(async (file: string, opts) => {
      const { source, diagnostic } = readSource(file);
      if (diagnostic) { console.error(render([diagnostic], "", file)); process.exit(1); }
      const r = await withBaselineWasm(() => compile(source, { file, optimize: optLevel(opts), wat: !!opts.wat, guesses: true, files: readImport, target: opts.wasi ? "wasi" : "js" }));
      if (!r.wasm) { console.error(r.render()); process.exit(1); }
      if (r.diagnostics.length) console.error(r.render()); // warnings
      const out: string = opts.output ?? file.replace(/\.ideo$/, "") + (opts.wat ? ".wat" : ".wasm");
      if (out === "-") { process.stdout.write(opts.wat ? r.wat! : Buffer.from(r.wasm)); return; }
      console.error(`wrote ${write(out, opts.wat ? r.wat! : r.wasm)}`);
    });
}

function write(path: string, content: string | Uint8Array): string {
  writeFileSync(path, content);
  return `${path} (${typeof content === "string" ? `${content.length} chars` : `${content.length} bytes`})`;
}
