// `ideo mcp`: the command's options and help. The server itself (cli/mcp.ts, with the MCP SDK) is
// imported only when the command runs, so no other command pays for loading the SDK.
import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_LIMITS } from "./mcp-tools.js";

function positiveInt(name: string, least = 1) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < least) throw new InvalidArgumentError(`${name} must be ${least ? "a positive integer" : "a whole number"}`);
    return n;
  };
}

export function mcpCommand(program: Command): void {
  program.command("mcp")
    .description("serve Ideo to LLM clients over the Model Context Protocol (stdio): search_blocks, explain_block, prompt_card, check, compile, run")
    .option("--timeout <ms>", "time limit of one run", positiveInt("--timeout"), DEFAULT_LIMITS.timeoutMs)
    .option("--max-output <chars>", "printed characters one run may produce", positiveInt("--max-output"), DEFAULT_LIMITS.maxOutput)
    .option("--compile-timeout <ms>", "time limit of checking or compiling one program", positiveInt("--compile-timeout"), DEFAULT_LIMITS.compileMs)
    .option("--max-memory <MB>", "the server's resident memory past which a request is stopped; a run's own memory may take half", positiveInt("--max-memory"), DEFAULT_LIMITS.maxMemoryMb)
    .option("--fuel <n>", "units of work one run may take before it stops with a fault naming its line: a loop turn or a recursive call 1, an element given to a block 8, 8 bytes allocated 1 (0: no limit, the time limit only)", positiveInt("--fuel", 0), DEFAULT_LIMITS.fuel)
    .addHelpText("after", `
An MCP client starts the server and talks to it over stdin/stdout. In the client's JSON
configuration (Claude Desktop's claude_desktop_config.json, a project's .mcp.json, …):

  {
    "mcpServers": {
      "ideo": { "command": "node", "args": ["/path/to/ideo/bin/ideo.js", "mcp"] }
    }
  }

Tools: search_blocks {query, limit?}, explain_block {name}, prompt_card {budget?, for?},
check {source}, compile {source, optimize?}, run {source, fn?, args?}.

Examples:
  $ ideo mcp
  $ ideo mcp --timeout 2000 --max-output 10000
  $ ideo mcp --compile-timeout 10000 --max-memory 1024
  $ ideo mcp --fuel 100000000           a smaller budget: runaway loops stop sooner`)
    .action(async (opts: { timeout: number; maxOutput: number; compileTimeout: number; maxMemory: number; fuel: number }) => {
      // the MCP SDK loads only for this command
      const { startMcpServer } = await import("./mcp.js");
      await startMcpServer({ timeoutMs: opts.timeout, maxOutput: opts.maxOutput, compileMs: opts.compileTimeout, maxMemoryMb: opts.maxMemory, fuel: opts.fuel });
    });
}
