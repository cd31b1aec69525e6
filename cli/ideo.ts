// The `ideo` command line: run, build, check, vocab, explain. Exit codes: 0 success,
// 1 diagnostics or a runtime fault, 2 usage errors.
import { Command, CommanderError, Option } from "commander";
import { compile, load, readSignatures, IdeoFault, HostImportError, OptLevel, SANDBOX_LIMITS } from "../compiler/index.js";
import { analyze } from "../compiler/frontend.js";
import { render, LineMap, toJson, CODES, error } from "../compiler/diagnostics.js";
import { vocabCommand, explainCommand } from "./vocab.js";
import { fixCommand } from "./fix.js";
import { mcpCommand } from "./mcp-command.js";
import { tokensCommand } from "./tokens.js";
import { promptCommand } from "./prompt.js";
import { evalCommand } from "./eval.js";
import { fmtCommand } from "./fmt.js";
import { lspCommand } from "./lsp.js";
import { VERSION_TEXT } from "./version.js";
import { cacheCommand, cacheKey, readCached, writeCached } from "./cache.js";
import { withBaselineWasm } from "./baseline.js";
import { buildCommand } from "./build.js";
import { UsageError, exitQuietlyOnClosedOutput, jsonText, parseJsonArg, readImport, readSource, stdinReader } from "./io.js";

export { UsageError };

/** The module for `ideo run`: from the cache (cli/cache.ts) when this source was built before with
 *  these options, else compiled and cached. */
async function loadChecked(file: string, opts: { optimize: OptLevel; cache: boolean; fuel: boolean }) {
  const { source, diagnostic } = readSource(file);
  if (diagnostic) { console.error(render([diagnostic], "", file)); process.exit(1); }
  // a program that imports files is compiled each time: the key would not see them change
  const key = opts.cache && !/^import\s*["']/m.test(source) ? cacheKey(source, `${opts.optimize}${opts.fuel ? " fuel" : ""}`) : undefined;
  const hit = key ? readCached(key) : undefined;
  if (hit) {
    if (hit.diagnostics.length) console.error(render(hit.diagnostics, source, file)); // warnings
    return { source, wasm: hit.wasm };
  }
  const r = await withBaselineWasm(() => compile(source, { file, optimize: opts.optimize, files: readImport, fuel: opts.fuel }));
  if (!r.wasm) { console.error(r.render()); process.exit(1); }
  if (r.diagnostics.length) console.error(r.render()); // warnings
  if (key) writeCached(key, { wasm: r.wasm, diagnostics: r.diagnostics });
  return { source, wasm: r.wasm };
}

/** E0504 from `ideo run`, which has no JS functions to pass: where the program declares one. */
function hostMissing(e: HostImportError, file: string, source: string): string {
  const where = e.file && e.file !== file ? e.file : file;
  const text = where === file ? source : readImport(where) ?? "";
  const start = new LineMap(text).offset(e.line, e.col);
  return render([error(CODES.hostMissing, `'${e.fn}' is a host function (\`extern\`), and ideo run has no JS host to pass it`, { start, end: start + e.fn.length }, {
    suggestions: [`call the module from JS, which passes it: load(source, { imports: { ${e.fn}: … } }), or \`ideo build --js\` and instantiate({ imports })`],
  })], text, where);
}

/** A limit option: a whole number, 0 meaning none. */
function limit(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number (0: no limit), not ${JSON.stringify(value)}`);
  return Number(value);
}

function optLevel(cmdOpts: Record<string, unknown>): OptLevel {
  const o = String(cmdOpts.O ?? "2");
  if (["0", "1", "2", "3"].includes(o)) return Number(o) as OptLevel;
  if (o === "s" || o === "z") return o;
  throw new UsageError(`unknown optimization level -O${o}: use -O0, -O1, -O2, -O3, -Os or -Oz`);
}

const program = new Command();
program
  .name("ideo")
  .description("Ideo: programs from one-token blocks, compiled to small WebAssembly")
  .version(VERSION_TEXT, "-V, --version", "print the versions of the package, the language and the card")
  .showHelpAfterError()
  .exitOverride();

program.command("run")
  .description("compile FILE and run main (ARGS are its command-line arguments), or call one exported function with JSON arguments")
  .argument("<file>", "an .ideo source file")
  .argument("[args...]", "main's command-line arguments, or JSON arguments for --fn")
  .option("--fn <name>", "call this exported function instead of main and print its result as JSON")
  .addOption(new Option("-O <level>", "optimization level 0-3, s or z").default("2"))
  // negative numbers (`-3`, `-1.5e3`) are arguments, not options: they pass through as they are
  .allowUnknownOption()
  .option("--no-cache", "compile even if this program was built before (see `ideo cache`)")
  .option("--fuel <n>", "stop the run past n units of work: a loop turn or a call of a recursive function is 1, an element given to a block 8, 8 bytes allocated 1 (0: no limit)", String(SANDBOX_LIMITS.fuel))
  .option("--max-memory <mb>", "stop the run when its memory would grow past this many MB (0: 4096, wasm32's limit)", String(SANDBOX_LIMITS.maxMemory / 2 ** 20))
  .addHelpText("after", `
main receives ARGS as they are when it takes them (\`fn main(args)\`, or a script that reads \`args\`),
and \`stdin\` reads this process's standard input. With --fn, ARGS are JSON values: numbers
(negative ones too), "strings" in quotes, [arrays], {"objects"}.
A run past its fuel or memory stops with a fault naming the line: "out of fuel at prog.ideo:4:3".

Examples:
  $ ideo run examples/tour.ideo
  $ ideo run examples/io/wc.ideo -- -l < README.md        main(args) gets ["-l"]
  $ ideo run examples/close.ideo --fn close "[1.0, 2.8, 3.0]" 0.3     prints true
  $ ideo run prog.ideo --fn clamp -3 0 10
  $ ideo run examples/tour.ideo --no-cache
  $ ideo run prog.ideo --fuel 0 --max-memory 4096          no fuel limit, all of wasm32's memory`)
  .action(async (file: string, args: string[], opts) => {
    const values = opts.fn ? args.map((a) => {
      try { return parseJsonArg(a); } catch {
        if (/^--?[A-Za-z]/.test(a)) throw new UsageError(`unknown option '${a}' (see ideo run --help)`);
        throw new UsageError(`argument ${JSON.stringify(a)} is not JSON (strings need quotes: '"text"')`);
      }
    }) : [];
    const fuel = limit(opts.fuel, "--fuel"), maxMemory = limit(opts.maxMemory, "--max-memory") * 2 ** 20;
    const { wasm, source } = await loadChecked(file, { optimize: optLevel(opts), cache: opts.cache, fuel: fuel > 0 });
    // the source goes along only for --fn: a generic export may compile again for its arguments
    const exports = await load(wasm, { file, source: opts.fn ? source : undefined, optimize: optLevel(opts), files: readImport, stdin: stdinReader(), fuel: fuel || undefined, maxMemory: maxMemory || undefined }).catch((e) => {
      if (e instanceof HostImportError) { console.error(hostMissing(e, file, source)); process.exit(1); }
      throw e;
    });
    const name = opts.fn ?? "main";
    const fn = exports[name];
    const takesArgs = !opts.fn && readSignatures(wasm).main?.params.length === 1;
    // arguments main does not take: a misspelt option, or a program that reads none
    const option = takesArgs ? undefined : args.find((a) => /^--?[A-Za-z]/.test(a));
    if (option && !opts.fn) throw new UsageError(`unknown option '${option}' (see ideo run --help)`);
    if (!fn) {
      if (name === "main") { console.error(`error[${CODES.noMain}]: ${file} has no main function; use --fn NAME to call another (${Object.keys(exports).join(", ")})`); process.exit(1); }
      throw new UsageError(`${file} exports no function '${name}'; it has ${Object.keys(exports).join(", ") || "none"}`);
    }
    if (!opts.fn) {
      if (args.length && !takesArgs) {
        throw new UsageError(`main takes no command-line arguments, given ${args.map((a) => JSON.stringify(a)).join(" ")}: write \`fn main(args)\` to receive them, or call another function with --fn NAME`);
      }
      fn(...(takesArgs ? [args] : []));
      return;
    }
    let result: unknown;
    try { result = fn(...values); } catch (e) {
      if (e instanceof TypeError) throw new UsageError(e.message);
      throw e;
    }
    console.log(jsonText(result));
  });

buildCommand(program, optLevel, (msg) => new UsageError(msg));

program.command("check")
  .description("report diagnostics for FILE without building it")
  .argument("<file>", "an .ideo source file")
  .option("--json", "print an array of {code, severity, message, file, line, col, endLine, endCol, suggestions, fix?}")
  .addHelpText("after", `
Examples:
  $ ideo check examples/tour.ideo
  $ ideo check broken.ideo --json | jq '.[0].message'`)
  .action(async (file: string, opts) => {
    const { source, diagnostic } = readSource(file);
    const analysis = diagnostic ? undefined : await analyze(source, { style: true, file, files: readImport });
    const diagnostics = analysis?.diagnostics ?? [diagnostic!];
    if (opts.json) {
      const lines = new LineMap(source);
      console.log(JSON.stringify(diagnostics.map((d) => toJson(d, file, lines, analysis?.files)), null, 1));
    } else if (diagnostics.length) console.error(render(diagnostics, source, file, analysis?.files));
    else console.error(`${file}: ok`);
    process.exit(diagnostics.some((d) => d.severity === "error") ? 1 : 0);
  });

vocabCommand(program);
explainCommand(program);
fixCommand(program);
mcpCommand(program);
tokensCommand(program);
promptCommand(program, (msg) => new UsageError(msg));
evalCommand(program);
fmtCommand(program);
lspCommand(program);
cacheCommand(program);

async function main(): Promise<void> {
  exitQuietlyOnClosedOutput();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
    if (e instanceof UsageError) { console.error(`error: ${e.message}`); process.exit(2); }
    if (e instanceof IdeoFault) { console.error(`error: ${e.message}`); process.exit(1); }
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

main();
