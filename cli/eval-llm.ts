// The model side of `ideo eval`: the conversation sent to a model (a card as the system message, the
// task, then one feedback turn per repair), the two ways of reaching a model (a shell command that
// reads the conversation on stdin and answers on stdout, or an OpenAI-compatible chat-completions
// endpoint), and pulling the program out of whatever the model answered.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Message {
  role: "system" | "user" | "assistant";
  content: string;
}

/** What one call to a model gave back. `error` is set when no answer came (a crash, a timeout, HTTP). */
export interface LlmReply {
  text: string;
  /** The text that was sent for this call, as the model saw it (for counting tokens in). */
  sent: string;
  error?: string;
  /** The model has nothing more to say (solutions read from a folder ran out): no attempt is recorded. */
  done?: boolean;
}

export interface Llm {
  /** A short description for the report, e.g. `sh: node model.mjs` or `gpt-4o @ https://…`. */
  readonly label: string;
  complete(messages: Message[], context: { task: string; attempt: number }): Promise<LlmReply>;
}

// ---------------------------------------------------------------------------------------------
// The conversation

export const ANSWER_RULES = `Answer with one complete Ideo program in a fenced code block (\`\`\`ideo … \`\`\`) and nothing else.
Define the function the task names at the top level (every top-level fn is exported); it is called
from JavaScript: int and float come as numbers, str as strings, [T] as arrays, tuples as arrays,
bool as booleans. Do not write main unless the task asks for it.`;

export function systemMessage(card: string): string {
  return `You write programs in Ideo, a small language that compiles to WebAssembly. Here is what it has:\n\n${card.trimEnd()}\n\n${ANSWER_RULES}\n`;
}

export function taskMessage(description: string, entry: string): string {
  return `Task: ${description.trim()}\n\nWrite it in Ideo as a function named \`${entry}\`; the tests call \`${entry}\`.`;
}

/** Feedback longer than this is cut: a runaway diagnostic must not flood the conversation. */
export const MAX_FEEDBACK = 4000;

export function clip(text: string, max = MAX_FEEDBACK): string {
  return text.length <= max ? text : `${text.slice(0, max)}\n… (${text.length - max} more characters cut)`;
}

export type FailureKind = "empty" | "llm" | "compile" | "export" | "test" | "fault" | "timeout";

/**
 * The user turn that asks for a corrected program after a failed attempt. The program itself is not
 * repeated: it is the assistant turn just before.
 */
export function repairMessage(kind: FailureKind, detail: string, entry: string): string {
  const what: Record<FailureKind, string> = {
    empty: "Your answer held no program.",
    llm: "No answer came back from you.",
    compile: "Your program does not compile. The compiler says:",
    export: `Your program compiles but defines no function named \`${entry}\`:`,
    test: "Your program compiles but fails the tests:",
    fault: "Your program compiles but stopped with a runtime fault during the tests:",
    timeout: "Your program compiles but did not finish the tests in time (an endless loop?).",
  };
  const parts = [what[kind]];
  if (detail.trim() && (kind === "compile" || kind === "test" || kind === "fault" || kind === "export")) parts.push(clip(detail.trimEnd()));
  // a run stopped by its fuel names the loop or recursive function it was in
  if (kind === "timeout" && detail.startsWith("out of fuel")) parts.push(`It ran ${detail}.`);
  parts.push(`Send the corrected program, all of it, in one \`\`\`ideo block, defining \`${entry}\`.`);
  return parts.join("\n\n");
}

/**
 * The conversation as one text, for a shell command's stdin: the system message, then each turn
 * under a heading that names its speaker. The last turn is always the user's.
 */
export function transcript(messages: Message[]): string {
  const heading: Record<Message["role"], string> = { system: "", user: "### user", assistant: "### assistant" };
  return messages.map((m) => (m.role === "system" ? m.content.trimEnd() : `${heading[m.role]}\n\n${m.content.trimEnd()}`)).join("\n\n") + "\n";
}

// ---------------------------------------------------------------------------------------------
// The program in an answer

/**
 * The program in a model's answer: reasoning in <think> tags is dropped; then the first ```ideo block,
 * else the first fenced block of any language, else the whole text. A fence left open (a cut-off
 * answer) runs to the end.
 */
export function extractProgram(answer: string): string {
  const text = answer.replace(/\r\n/g, "\n").replace(/<think>[\s\S]*?(<\/think>|$)/g, "");
  const fence = /^[ \t]*(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm;
  const blocks: { lang: string; body: string }[] = [];
  for (let m; (m = fence.exec(text)); ) blocks.push({ lang: m[2].toLowerCase(), body: m[3] });
  const chosen = blocks.find((b) => b.lang === "ideo") ?? blocks[0];
  const body = chosen ? chosen.body : text;
  return body.replace(/\s+$/, "") + (body.trim() ? "\n" : "");
}

// ---------------------------------------------------------------------------------------------
// A shell command as the model

/** Output beyond this many bytes is not read (the answer is cut there). */
export const MAX_ANSWER_BYTES = 1 << 20;

export interface ShellOptions {
  timeoutMs: number;
  /** Send the conversation as text (default) or as JSON `{messages}`. */
  input?: "text" | "json";
  /** Where the command's stderr goes; default: discarded, but its last line is kept for the report. */
  stderr?: (chunk: string) => void;
}

/**
 * Run `command` with `sh -c` once per turn. It reads the whole conversation on stdin and writes its
 * answer to stdout. It also sees IDEO_EVAL_TASK (the task id) and IDEO_EVAL_ATTEMPT (1 for the first
 * try, 2 for the first repair, …) in its environment.
 */
export function shellLlm(command: string, opts: ShellOptions): Llm {
  return {
    label: `sh -c ${JSON.stringify(command)}`,
    complete(messages, context) {
      const sent = opts.input === "json" ? JSON.stringify({ messages }) + "\n" : transcript(messages);
      return runShell(command, sent, { IDEO_EVAL_TASK: context.task, IDEO_EVAL_ATTEMPT: String(context.attempt) }, opts);
    },
  };
}

function runShell(command: string, stdin: string, env: Record<string, string>, opts: ShellOptions): Promise<LlmReply> {
  return new Promise((resolve) => {
    let settled = false;
    const chunks: Buffer[] = [];
    let bytes = 0;
    let errTail = "";
    const child = spawn("sh", ["-c", command], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"], detached: true });
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const text = new TextDecoder("utf-8").decode(Buffer.concat(chunks)); // invalid bytes become U+FFFD
      resolve({ text, sent: stdin, error });
    };
    const killGroup = () => {
      try { if (child.pid) process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
    };
    const timer = setTimeout(() => { killGroup(); finish(`the command did not answer within ${opts.timeoutMs} ms`); }, opts.timeoutMs);
    child.stdout.on("data", (b: Buffer) => {
      if (bytes >= MAX_ANSWER_BYTES) return;
      chunks.push(b.subarray(0, MAX_ANSWER_BYTES - bytes));
      bytes += b.length;
      if (bytes >= MAX_ANSWER_BYTES) { killGroup(); finish(); }
    });
    child.stderr.on("data", (b: Buffer) => {
      const s = b.toString("utf8");
      opts.stderr?.(s);
      errTail = (errTail + s).slice(-2000);
    });
    child.on("error", (e) => finish(`cannot run the command: ${e.message}`));
    child.on("close", (code, signal) => {
      if (code === 0) finish();
      else {
        const last = errTail.trim().split("\n").pop() ?? "";
        finish(`the command exited with ${code === null ? `signal ${signal}` : `code ${code}`}${last ? `: ${last.slice(0, 300)}` : ""}`);
      }
    });
    child.stdin.on("error", () => { /* a command that does not read its stdin */ });
    child.stdin.end(stdin);
  });
}

// ---------------------------------------------------------------------------------------------
// An OpenAI-compatible chat-completions endpoint as the model

export interface EndpointOptions {
  url: string;
  model: string;
  /** The API key; no Authorization header when absent (local servers). */
  apiKey?: string;
  temperature?: number;
  maxTokens?: number;
  timeoutMs: number;
  /** Injected in tests; default: the global fetch. */
  fetch?: typeof fetch;
}

/** The URL to POST to: a base URL (`…/v1`) gets `/chat/completions` added. */
export function completionsUrl(url: string): string {
  const u = url.replace(/\/+$/, "");
  return /\/chat\/completions$/.test(u) ? u : `${u}/chat/completions`;
}

/** The request for one turn: method, headers and the JSON body. */
export function chatRequest(opts: EndpointOptions, messages: Message[]): { url: string; init: RequestInit & { headers: Record<string, string>; body: string } } {
  const body: Record<string, unknown> = { model: opts.model, messages: messages.map((m) => ({ role: m.role, content: m.content })) };
  if (opts.temperature !== undefined) body.temperature = opts.temperature;
  if (opts.maxTokens !== undefined) body.max_tokens = opts.maxTokens;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
  return { url: completionsUrl(opts.url), init: { method: "POST", headers, body: JSON.stringify(body) } };
}

export function endpointLlm(opts: EndpointOptions): Llm {
  const doFetch = opts.fetch ?? fetch;
  return {
    label: `${opts.model} @ ${completionsUrl(opts.url)}`,
    async complete(messages) {
      const sent = messages.map((m) => m.content).join("\n");
      const { url, init } = chatRequest(opts, messages);
      try {
        const res = await doFetch(url, { ...init, signal: AbortSignal.timeout(opts.timeoutMs) });
        const raw = await res.text();
        if (!res.ok) return { text: "", sent, error: `HTTP ${res.status}: ${raw.slice(0, 300)}` };
        let data: any;
        try { data = JSON.parse(raw); } catch { return { text: "", sent, error: `the endpoint answered with something that is not JSON: ${raw.slice(0, 200)}` }; }
        const content = data?.choices?.[0]?.message?.content;
        if (typeof content !== "string") return { text: "", sent, error: `no choices[0].message.content in the answer: ${raw.slice(0, 200)}` };
        return { text: content, sent };
      } catch (e) {
        const err = e as Error;
        const msg = err.name === "TimeoutError" || err.name === "AbortError" ? `no answer within ${opts.timeoutMs} ms` : err.message;
        return { text: "", sent, error: `request failed: ${msg}` };
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Answers already written, read from a folder

/** The file holding a task's answer for an attempt: `<id>.ideo` first, then `<id>.repair1.ideo`, … */
export function solutionFile(dir: string, task: string, attempt: number): string {
  return join(dir, attempt === 1 ? `${task}.ideo` : `${task}.repair${attempt - 1}.ideo`);
}

/**
 * Solutions written beforehand (for example by a model that saw only the card and the task) as the
 * model: attempt n of a task reads its file from `dir`. A missing file is no answer, so the loop stops
 * where the solutions stop; the feedback each attempt would have got is still recorded.
 */
export function folderLlm(dir: string): Llm {
  return {
    label: `solutions in ${dir}`,
    async complete(messages, context) {
      const sent = transcript(messages);
      const file = solutionFile(dir, context.task, context.attempt);
      if (!existsSync(file)) return context.attempt === 1 ? { text: "", sent, error: `no solution file ${file}` } : { text: "", sent, done: true };
      return { text: readFileSync(file, "utf8"), sent };
    },
  };
}
