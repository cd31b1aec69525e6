// `ideo mcp`: Ideo's compiler as Model Context Protocol tools over stdio, so an LLM client can look up
// blocks, get a prompt card, check, compile and run programs. The services are in mcp-tools.ts; this
// file declares the tools (names, descriptions, input schemas) and serves them with the MCP SDK.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import {
  DEFAULT_LIMITS, explainBlock, promptCard, RunLimits, runBounds, searchBlocks, SEARCH_LIMIT, SEARCH_MAX, ToolError, ToolOutput,
} from "./mcp-tools.js";
import { McpRunner } from "./mcp-worker.js";
import { PACKAGE_VERSION } from "./version.js";
import type { OptLevel } from "../compiler/index.js";


/** Programs are short; this bounds what one call can make the server parse. */
const MAX_SOURCE = 1_000_000;

const INSTRUCTIONS = `Ideo is a small language of one-word blocks (sort, gaps, words, median…) chained with dots, compiled to WebAssembly.
Start with prompt_card for the syntax and vocabulary, find blocks with search_blocks and explain_block, then check a program, run it, or compile it.`;

export type McpOptions = Partial<RunLimits>;

function toResult(out: ToolOutput): CallToolResult {
  return { content: [{ type: "text", text: out.text }], ...(out.data ? { structuredContent: out.data } : {}), ...(out.isError ? { isError: true } : {}) };
}

function failure(e: unknown): CallToolResult {
  if (e instanceof ToolError) return { content: [{ type: "text", text: e.message }], ...(e.data ? { structuredContent: { error: e.message, ...e.data } } : {}), isError: true };
  const message = e instanceof Error ? e.message : String(e);
  return { content: [{ type: "text", text: `internal error: ${message}` }], isError: true };
}

/** Errors never leave a tool: they come back as results with isError. */
async function guard(work: () => Promise<ToolOutput>): Promise<CallToolResult> {
  try { return toResult(await work()); } catch (e) { return failure(e); }
}

const source = z.string().max(MAX_SOURCE).describe("the Ideo program text");

/** The server with its six tools, not yet connected to a transport. */
export function createMcpServer(options: McpOptions = {}): { server: McpServer; runner: McpRunner } {
  const limits: RunLimits = { ...DEFAULT_LIMITS, ...options };
  const runner = new McpRunner(limits);
  const server = new McpServer({ name: "ideo", version: PACKAGE_VERSION }, { instructions: INSTRUCTIONS, maxToolInputElements: 100_000 });
  const readOnly = { readOnlyHint: true, openWorldHint: false };

  server.registerTool("search_blocks", {
    title: "Search Ideo blocks",
    description: "Find blocks (Ideo's built-in words) by name, alias or words of their doc, best matches first. Each has name, aliases, category, signature, doc and an example with its result.",
    inputSchema: {
      query: z.string().min(1).max(500).describe("a block name, alias or a few words, e.g. 'sort', 'dedupe', 'split text into words'"),
      limit: z.number().int().min(1).max(SEARCH_MAX).optional().describe(`how many blocks at most (default ${SEARCH_LIMIT})`),
    },
    annotations: readOnly,
  }, ({ query, limit }) => guard(() => searchBlocks(query, limit)));

  server.registerTool("explain_block", {
    title: "Explain an Ideo block",
    description: "One block in full: signatures, doc, aliases, all examples, the element types it is instantiated at, template sizes and name token counts. An unknown name is an error that suggests close names.",
    inputSchema: { name: z.string().min(1).max(200).describe("a block name or alias, e.g. 'sort'") },
    annotations: readOnly,
  }, ({ name }) => guard(() => explainBlock(name)));

  server.registerTool("prompt_card", {
    title: "Ideo prompt card",
    description: "A compact text that teaches Ideo: a few lines of syntax with examples, then the blocks by category (signature — short doc). With budget (o200k_base tokens) it drops docs, then the blocks least relevant to `for`, until it fits.",
    inputSchema: {
      budget: z.number().int().min(1).max(1_000_000).optional().describe("the most tokens (o200k_base) the card may take"),
      for: z.string().max(2000).optional().describe("the task the card is for, e.g. 'count word frequencies in a text'; its words decide which blocks stay"),
    },
    annotations: readOnly,
  }, (args) => guard(() => promptCard(args.budget, args.for)));

  server.registerTool("check", {
    title: "Check an Ideo program",
    description: "Parse and type-check a program without building it. Gives {ok, diagnostics: [{code, severity, message, line, col, endLine, endCol, suggestions, fix?}], rendered}; a program with errors comes back as an error result.",
    inputSchema: { source },
    annotations: readOnly,
  }, ({ source }) => guard(() => runner.call({ tool: "check", source }, limits)));

  server.registerTool("compile", {
    title: "Compile an Ideo program",
    description: "Compile a program to WebAssembly: {ok, bytes, exports (the functions and their signatures), wasmBase64}, or its diagnostics as an error result.",
    inputSchema: {
      source,
      optimize: z.union([z.number().int().min(0).max(3), z.enum(["s", "z"])]).optional().describe("Binaryen level 0-3, or 's'/'z' for size (default 2)"),
    },
    annotations: readOnly,
  }, ({ source, optimize }) => guard(() => runner.call({ tool: "compile", source, optimize: optimize as OptLevel | undefined }, limits)));

  server.registerTool("run", {
    title: "Run an Ideo program",
    description: `Compile and run a program: call main, or fn with args (JSON values: numbers, booleans, strings, arrays; tuples as arrays). Gives {output (what print wrote), result, type}. Compile errors, runtime faults (with the source line:col; a run past its fuel${limits.fuel ? `, ${limits.fuel} units of work,` : ""} is one), bad arguments, runs over ${limits.timeoutMs} ms, output over ${limits.maxOutput} characters and programs that use too much memory come back as error results.`,
    inputSchema: {
      source,
      fn: z.string().min(1).max(200).optional().describe("the function to call (default main)"),
      args: z.array(z.any()).max(10_000).optional().describe("its arguments, e.g. [[1.0, 2.8, 3.0], 0.3]"),
    },
    annotations: { openWorldHint: false },
  }, ({ source, fn, args }) => guard(() => runner.call({ tool: "run", source, fn, args: args ?? [], ...runBounds(limits) }, limits)));

  return { server, runner };
}

/** Serve over stdin/stdout until the client goes away. */
export async function startMcpServer(options: McpOptions = {}): Promise<void> {
  // stdout carries the protocol: anything else that would print there goes to stderr
  console.log = console.info = console.debug = console.warn = (...a: unknown[]) => console.error(...a);
  const { server, runner } = createMcpServer(options);
  const transport = new StdioServerTransport();
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void Promise.allSettled([runner.close(), server.close()]).then(() => process.exit(0));
  };
  process.stdin.once("end", stop);
  process.stdin.once("close", stop);
  await server.connect(transport);
  console.error(`ideo mcp ${PACKAGE_VERSION}: serving search_blocks, explain_block, prompt_card, check, compile, run on stdio`);
}
