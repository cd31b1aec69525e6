// `ideo build`: a module, as binary or text; for WASI hosts (--wasi); with an ES module wrapper
// that needs no compiler (--js) and TypeScript declarations (--dts) beside it.
import { Command, Option } from "commander";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { compile, OptLevel } from "../compiler/index.js";
import { render } from "../compiler/diagnostics.js";
import { moduleInfo } from "../compiler/host/bind.js";
import { declarations } from "../compiler/host/declarations.js";
import { wrapper, wrapperClashes } from "../compiler/host/wrapper.js";
import { readImport, readSource } from "./io.js";
import { withBaselineWasm } from "./baseline.js";
import { HOST_BUNDLE } from "../compiler/paths.js";

export function buildCommand(program: Command, optLevel: (o: Record<string, unknown>) => OptLevel, usage: (msg: string) => Error): void {
  program.command("build")
    .description("compile FILE to a .wasm module (or WebAssembly text with --wat)")
    .argument("<file>", "an .ideo source file")
    .option("-o, --output <out>", "where to write (default: FILE with .wasm, or .wat with --wat)")
    .addOption(new Option("-O <level>", "optimization level: 0, 1, 2, 3 (more inlining and a second pass: faster code, about 1.5x the compile time; docs/performance.md), s (size) or z (smaller)").default("2"))
    .option("--wat", "write WebAssembly text instead of binary")
    .option("--wasi", "a module any WASI host runs (wasmtime, node:wasi…): main gets the command-line arguments, print writes to standard output, a fault exits with code 1")
    .option("--js", "also write OUT.js, an ES module that loads OUT.wasm and exports its functions for plain JS values, with no compiler")
    .option("--dts", "also write OUT.d.ts, TypeScript declarations for OUT.js")
    .option("--fuel", "compile in the fuel checks, for a JS host that gives each call a budget: load(wasm, { fuel })")
    .option("--export <names>", "export only these functions (comma-separated; default: all): the others stay inside the module, where the optimizer may inline and drop them")
    .addHelpText("after", `
Examples:
  $ ideo build examples/tour.ideo -o tour.wasm -Oz
  $ ideo build examples/tour.ideo --wat -o -          prints the text
  $ ideo build examples/close.ideo --js --dts         writes close.wasm, close.js, close.d.ts
  $ ideo build examples/io/wc.ideo --wasi && wasmtime examples/io/wc.wasm -l < README.md
  $ ideo build prog.ideo --fuel                       a module that load(wasm, { fuel: 1e9 }) can stop
  $ ideo build bench/kernels/collatz/loops.ideo --export kernel -O3   exports kernel alone`)
    .action(async (file: string, opts) => {
      if ((opts.js || opts.dts) && (opts.wat || opts.wasi || opts.output === "-")) {
        throw usage("--js and --dts go with a binary module for JS: not with --wat, --wasi or -o -");
      }
      if (opts.fuel && opts.wasi) throw usage("--fuel needs a JS host to set the budget: not with --wasi");
      if (opts.export !== undefined && opts.wasi) throw usage("--export chooses what a JS host sees: a WASI module exports its start alone");
      const exports = opts.export === undefined ? undefined : String(opts.export).split(",").map((n) => n.trim()).filter(Boolean);
      if (exports && !exports.length) throw usage("--export needs at least one function name");
      const { source, diagnostic } = readSource(file);
      if (diagnostic) { console.error(render([diagnostic], "", file)); process.exit(1); }
      const r = await withBaselineWasm(() => compile(source, { file, optimize: optLevel(opts), wat: !!opts.wat, guesses: true, files: readImport, target: opts.wasi ? "wasi" : "js", fuel: !!opts.fuel, exports }));
      if (!r.wasm) { console.error(r.render()); process.exit(1); }
      if (r.diagnostics.length) console.error(r.render()); // warnings
      const out: string = opts.output ?? file.replace(/\.ideo$/, "") + (opts.wat ? ".wat" : ".wasm");
      if (out === "-") { process.stdout.write(opts.wat ? r.wat! : Buffer.from(r.wasm)); return; }
      const written = [write(out, opts.wat ? r.wat! : r.wasm)];
      const info = moduleInfo(r.wasm);
      const base = out.replace(/\.wasm$/, "");
      if (opts.js) {
        const clash = wrapperClashes(info);
        if (clash.length) { console.error(`error: the wrapper exports ${clash.join(" and ")} itself: rename the program's function`); process.exit(1); }
        if (!existsSync(HOST_BUNDLE)) throw new Error("the JS host is not built (build/host.js): run `npm run build`");
        written.push(write(`${base}.js`, wrapper(info, basename(out), file, readFileSync(HOST_BUNDLE, "utf8"))));
      }
      if (opts.dts) written.push(write(`${base}.d.ts`, declarations({ ...info, signatures: r.signatures!.exports, host: info.host && r.signatures!.host }, file)));
      console.error(`wrote ${written.join(", ")}`);
    });
}

function write(path: string, content: string | Uint8Array): string {
  writeFileSync(path, content);
  return `${path} (${typeof content === "string" ? `${content.length} chars` : `${content.length} bytes`})`;
}
