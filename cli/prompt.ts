// `ideo prompt`: the card that teaches Ideo to a model that has never seen it — the syntax in a few
// lines, then the vocabulary by category — optionally cut to a token budget and ranked for a task.
import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { promptCard } from "./mcp-tools.js";
import { countTokens, TOKENIZERS, type TokenizerName } from "../compiler/tokens/count.js";

export function promptCommand(program: Command, usage: (msg: string) => Error): void {
  program.command("prompt")
    .description("print a card teaching Ideo to an LLM: syntax with examples, then the blocks by category")
    .option("--budget <n>", "fit the card in N tokens: drop glosses, then the least relevant blocks")
    .option("--for <text>", "rank blocks by relevance to this task description")
    .option("--for-file <file>", "read the task description from a file")
    .option("--tokenizer <name>", `count with this tokenizer (${TOKENIZERS.join(", ")})`, "o200k_base")
    .option("--format <fmt>", "md or json", "md")
    .addHelpText("after", `
Examples:
  $ ideo prompt --budget 1500 --for "count the words of a text and return the three most frequent"
  $ ideo prompt --format json | jq .tokens`)
    .action(async (opts) => {
      const tokenizer = opts.tokenizer as TokenizerName;
      if (!(TOKENIZERS as readonly string[]).includes(tokenizer)) throw usage(`unknown tokenizer '${opts.tokenizer}'; use one of ${TOKENIZERS.join(", ")}`);
      if (opts.format !== "md" && opts.format !== "json") throw usage(`--format is md or json, not '${opts.format}'`);
      const budget = opts.budget === undefined ? undefined : Number(opts.budget);
      if (budget !== undefined && !(Number.isInteger(budget) && budget > 0)) throw usage(`--budget takes a positive whole number, not '${opts.budget}'`);
      let task: string | undefined = opts.for;
      if (opts.forFile) {
        try { task = readFileSync(opts.forFile, "utf8"); } catch { throw usage(`cannot read ${opts.forFile}`); }
      }
      let text: string;
      try {
        text = (await promptCard(budget, task, tokenizer)).text!;
      } catch (e) {
        console.error(`error: ${(e as Error).message}`);
        process.exit(1);
      }
      const tokens = countTokens(text, tokenizer);
      if (opts.format === "json") console.log(JSON.stringify({ tokenizer, tokens, budget: budget ?? null, card: text }, null, 1));
      else process.stdout.write(text);
      console.error(`card: ${tokens} tokens (${tokenizer})${budget ? `, budget ${budget}` : ""}`);
    });
}
