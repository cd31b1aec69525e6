// `ideo lsp`: the command; the server (lsp-server.ts) and its libraries load only when it runs.
import type { Command } from "commander";

export function lspCommand(program: Command): void {
  program.command("lsp")
    .description("serve Ideo to editors over the Language Server Protocol on stdin/stdout")
    .option("--stdio", "talk over stdin and stdout (the default and only transport; editors pass it)")
    .addHelpText("after", `
It publishes diagnostics as you type (with their fixes as quick fixes), and answers hover
(block signatures, docs and examples; types of variables and functions), completion after
'.' (blocks that take the receiver's type first), go to definition, document symbols and
formatting (ideo fmt). editors/vscode holds a VS Code extension that starts it.

Examples:
  $ ideo lsp                 started by an editor, which talks to it over stdio
  $ ideo lsp --stdio         the same, as VS Code's language client starts it`)
    .action(async () => {
      // stdout carries the protocol: anything else written there would corrupt it
      console.log = console.info = (...args: unknown[]) => console.error(...args);
      // a fault in one answer must not end the session: log it (the client shows stderr) and go on
      process.on("uncaughtException", (e) => console.error(`ideo lsp: ${e.stack ?? e.message}`));
      process.on("unhandledRejection", (e) => console.error(`ideo lsp: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
      const [{ serve }, { loadRegistry }] = await Promise.all([import("./lsp-server.js"), import("../compiler/blocks/registry.js")]);
      serve(await loadRegistry(), process.stdin, process.stdout);
    });
}
