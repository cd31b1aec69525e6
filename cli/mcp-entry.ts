// A standalone entry for the MCP server, the same server as `ideo mcp` without the rest of the CLI:
//   node dist/cli/mcp-entry.js [--timeout MS] [--max-output CHARS] [--compile-timeout MS] [--max-memory MB] [--fuel N]
// tests/mcp.test.ts spawns it.
import { startMcpServer, McpOptions } from "./mcp.js";

function options(argv: string[]): McpOptions {
  const out: McpOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const n = Number(argv[i + 1]);
    if (argv[i] === "--timeout" && n > 0) out.timeoutMs = n, i++;
    else if (argv[i] === "--max-output" && n > 0) out.maxOutput = n, i++;
    else if (argv[i] === "--compile-timeout" && n > 0) out.compileMs = n, i++;
    else if (argv[i] === "--max-memory" && n > 0) out.maxMemoryMb = n, i++;
    else if (argv[i] === "--fuel" && Number.isInteger(n) && n >= 0) out.fuel = n, i++;
    else throw new Error(`unknown argument ${argv[i]}: use --timeout MS, --max-output CHARS, --compile-timeout MS, --max-memory MB and --fuel N`);
  }
  return out;
}

try {
  await startMcpServer(options(process.argv.slice(2)));
} catch (e) {
  console.error(`ideo mcp: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
