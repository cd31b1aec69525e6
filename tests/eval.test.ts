// `ideo eval`: tasks from JSON Lines (ours and MultiPL-E's shape), pulling programs out of answers,
// the conversation and its repair turns, the chat-completions request (with a stubbed fetch), and the
// command end to end with scripted models (small node scripts) — one right at once, one wrong then
// right, one that answers garbage — through a small entry that mounts evalCommand, so the tests need
// no wiring in ideo.ts. Nothing here touches the network.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { runProcess } from "./support/run.js";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../compiler/paths.js";
import { EvalUsageError, evalTask, parseTasks, runEval, summarize, testBody, type EvalTask, type TaskResult } from "../cli/eval.js";
import { chatRequest, completionsUrl, endpointLlm, extractProgram, repairMessage, transcript, type Llm, type Message } from "../cli/eval-llm.js";
import { TestRunner } from "../cli/eval-worker.js";
import { countTokens } from "../compiler/tokens/count.js";

// Our own tasks (not MBPP's), one of them as a MultiPL-E row.
const TASKS = [
  { id: "double", description: "Return twice the given integer.", entry: "double", tests: "assert.deepEqual(candidate(2), 4);\nassert.deepEqual(candidate(-5), -10);" },
  { id: "shout", description: "Upper-case every word of a sentence and join the words with single spaces.", entry: "shout", tests: "assert.deepEqual(candidate(\"hi  there\"), \"HI THERE\");\nassert.deepEqual(candidate(\"a\"), \"A\");" },
  { id: "evens", description: "Keep the even numbers of a list of integers, in order.", entry: "evens", tests: "assert.deepEqual(candidate([1, 2, 3, 4]), [2, 4]);\nassert.deepEqual(candidate([]), []);" },
  {
    name: "mine_7_count_vowels",
    prompt: "//Count the vowels (a, e, i, o, u) in a lowercase string.\nfunction count_vowels(s){\n",
    tests: "const assert = require('node:assert');\n\n\nfunction test() {\n  let candidate = count_vowels;\n  assert.deepEqual(candidate(\"banana\"),3);\n  assert.deepEqual(candidate(\"xyz\"),0);\n}\n\ntest();",
  },
];

const RIGHT: Record<string, string> = {
  double: "fn double(x: int) = x * 2",
  shout: "fn shout(s: str) = s.words.map(_.upper).join(\" \")",
  evens: "fn evens(xs: [int]) = xs.filter(_ % 2 == 0)",
  mine_7_count_vowels: "fn count_vowels(s: str) = s.chars.filter(c => \"aeiou\".contains(c)).len",
};

// The first answers of the model that learns from feedback: a typo (compile error), the wrong name,
// a wrong result (a failing assertion), and a program that never ends.
const WRONG: Record<string, string> = {
  double: "fn double(x: int) = x * 2.sotr",
  shout: "fn yell(s: str) = s.upper",
  evens: "fn evens(xs: [int]) = xs.filter(_ % 2 == 1)",
  mine_7_count_vowels: "fn count_vowels(s: str)\n  n = 0\n  while true: n += 1\n  n",
};

const readStdin = `let input = ""; for await (const c of process.stdin) input += c;`;
const table = (t: Record<string, string>) => `const programs = ${JSON.stringify(t)};`;

const MODELS: Record<string, string> = {
  // answers right at once, with some chatter around a fenced block
  "right.mjs": `${readStdin}\n${table(RIGHT)}\nconsole.log("Sure:\\n\\n\`\`\`ideo\\n" + programs[process.env.IDEO_EVAL_TASK] + "\\n\`\`\`\\nDone.");`,
  // answers wrong, then right once stdin carries the feedback of a failed attempt
  "learner.mjs": `${readStdin}\n${table(RIGHT)}\nconst wrong = ${JSON.stringify(WRONG)};
const feedback = /does not compile|defines no function named|fails the tests|did not finish the tests/.test(input);
console.log("\`\`\`\\n" + (feedback ? programs : wrong)[process.env.IDEO_EVAL_TASK] + "\\n\`\`\`");`,
  // garbage every time: binary junk, then nothing, then a program that hangs
  "garbage.mjs": `${readStdin}
const n = Number(process.env.IDEO_EVAL_ATTEMPT);
if (n === 1) process.stdout.write(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9c, 0x80, 0x41, 0x0a]));
else if (n === 2) process.stdout.write("");
else process.stdout.write("fn " + ${JSON.stringify(Object.fromEntries(TASKS.map((t) => [t.id ?? t.name, t.entry ?? "count_vowels"])))}[process.env.IDEO_EVAL_TASK] + "(x)\\n  while true: x = x\\n  x\\n");`,
  // records what it was sent, then fails
  "record.mjs": `${readStdin}\nimport { writeFileSync } from "node:fs";\nwriteFileSync(process.argv[2] + "-" + process.env.IDEO_EVAL_ATTEMPT + ".txt", input);\nprocess.exit(3);`,
};

// The command as a process, mounted on its own program the way cli/ideo.ts will mount it.
const ENTRY = `
import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(join(ROOT, "package.json"))});
const { Command, CommanderError } = require("commander");
const { evalCommand } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "eval.js")).href)});
const program = new Command().name("ideo").showHelpAfterError().exitOverride();
evalCommand(program);
try { await program.parseAsync(process.argv); }
catch (e) { if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2); throw e; }
`;

let dir: string;
let entry: string;
const run = (args: string[]) => runProcess(process.execPath, [entry, "eval", ...args], { cwd: dir });

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "cli", "eval.js"))) throw new Error("build first: npx tsc -p tsconfig.json");
  dir = mkdtempSync(join(tmpdir(), "ideo-eval-"));
  entry = join(dir, "entry.mjs");
  writeFileSync(entry, ENTRY);
  writeFileSync(join(dir, "tasks.jsonl"), TASKS.map((t) => JSON.stringify(t)).join("\n") + "\n");
  for (const [name, text] of Object.entries(MODELS)) writeFileSync(join(dir, name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tasks", () => {
  it("reads our rows and MultiPL-E rows", () => {
    const tasks = parseTasks(TASKS.map((t) => JSON.stringify(t)).join("\n\n"));
    expect(tasks.map((t) => [t.id, t.entry])).toEqual([["double", "double"], ["shout", "shout"], ["evens", "evens"], ["mine_7_count_vowels", "count_vowels"]]);
    const mine = tasks[3];
    expect(mine.description).toBe("Count the vowels (a, e, i, o, u) in a lowercase string.\nThe tests call it as count_vowels(s).");
    expect(mine.tests).not.toMatch(/require|function test/);
    expect(mine.tests).toMatch(/assert\.deepEqual\(candidate\("banana"\),3\);/);
  });

  it("keeps a plain test body as it is", () => {
    expect(testBody("assert.ok(candidate(1));")).toBe("assert.ok(candidate(1));");
  });

  it("names the line of a bad row", () => {
    expect(() => parseTasks("{\"id\": 1}\nnope", "t.jsonl")).toThrow(/t\.jsonl:1: no "description"/);
    expect(() => parseTasks("[1]", "t.jsonl")).toThrow(EvalUsageError);
    expect(() => parseTasks("{\"id\":\"a\",\"description\":\"d\",\"entry\":\"f\"}", "t.jsonl")).toThrow(/t\.jsonl:1: no "tests"/);
    expect(() => parseTasks("{\"id\":\"a\",\"description\":\"d\",\"entry\":\"f g\",\"tests\":\"x\"}", "t.jsonl")).toThrow(/no "entry"/);
    const row = JSON.stringify(TASKS[0]);
    expect(() => parseTasks(`${row}\n${row}`, "t.jsonl")).toThrow(/t\.jsonl:2: the id "double" is used twice/);
  });
});

describe("the program in an answer", () => {
  it("takes the ideo block, else the first fenced block, else the whole text", () => {
    expect(extractProgram("Here:\n```python\nx = 1\n```\n```ideo\nfn f = 1\n```\n")).toBe("fn f = 1\n");
    expect(extractProgram("Here:\n```\nfn f = 1\n```\nthat is all")).toBe("fn f = 1\n");
    expect(extractProgram("fn f = 1\n\n")).toBe("fn f = 1\n");
    expect(extractProgram("```ideo\r\nfn f = 1\r\n```")).toBe("fn f = 1\n");
  });

  it("reads a fence left open to the end, and drops <think> reasoning", () => {
    expect(extractProgram("```ideo\nfn f(x) = x\nfn g = 2")).toBe("fn f(x) = x\nfn g = 2\n");
    expect(extractProgram("<think>maybe ```ideo\nfn wrong = 0\n```</think>\n```ideo\nfn right = 1\n```")).toBe("fn right = 1\n");
  });

  it("gives nothing for empty or blank answers", () => {
    expect(extractProgram("")).toBe("");
    expect(extractProgram("  \n ```ideo\n\n```")).toBe("");
  });
});

describe("the conversation", () => {
  it("a repair turn carries the diagnostics or the failure", () => {
    const m = repairMessage("compile", "error[E0201]: unknown block 'sotr'", "double");
    expect(m).toMatch(/does not compile/);
    expect(m).toMatch(/unknown block 'sotr'/);
    expect(m).toMatch(/defining `double`/);
    expect(repairMessage("timeout", "the tests did not finish within 5 ms", "f")).toMatch(/did not finish the tests in time/);
    expect(repairMessage("test", "x".repeat(10_000), "f").length).toBeLessThan(4300);
  });

  it("the text form heads each turn with its speaker", () => {
    const t = transcript([{ role: "system", content: "CARD" }, { role: "user", content: "TASK" }, { role: "assistant", content: "A" }, { role: "user", content: "FIX" }]);
    expect(t).toBe("CARD\n\n### user\n\nTASK\n\n### assistant\n\nA\n\n### user\n\nFIX\n");
  });

  it("sends the card, the task, then the answer and the feedback for each repair", async () => {
    const seen: Message[][] = [];
    const answers = ["```ideo\nfn double(x: int) = x * 3\n```", "```ideo\nfn double(x: int) = x * 2\n```"];
    const llm: Llm = { label: "fake", complete: async (messages) => { seen.push(messages.map((m) => ({ ...m }))); const text = answers[seen.length - 1]; return { text, sent: transcript(messages) }; } };
    const task = parseTasks(JSON.stringify(TASKS[0]))[0];
    const runner = new TestRunner();
    const r = await evalTask(task, "THE CARD", { llm, repairs: 2, testTimeoutMs: 5000 }, runner).finally(() => runner.close());
    expect(r).toMatchObject({ passedFirst: false, passed: true, repairs: 1, program: "fn double(x: int) = x * 2\n" });
    expect(r.attempts.map((a) => a.kind)).toEqual(["test", "pass"]);
    expect(seen[0].map((m) => m.role)).toEqual(["system", "user"]);
    expect(seen[0][0].content).toMatch(/THE CARD/);
    expect(seen[0][1].content).toMatch(/Return twice the given integer\.[\s\S]*`double`/);
    expect(seen[1].map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(seen[1][2].content).toBe(answers[0]);
    expect(seen[1][3].content).toMatch(/fails the tests:\n\nAssertionError/);
    expect(r.tokensIn).toBe(r.attempts[0].tokensIn + r.attempts[1].tokensIn);
    expect(r.attempts[1].tokensIn).toBeGreaterThan(r.attempts[0].tokensIn);
  });

  it("compiles and runs each answer in a worker under limits: a bad compile, an endless loop, an allocation bomb", async () => {
    const runner = new TestRunner();
    try {
      expect(runner.isolated).toBe(true);
      const tests = "assert.deepEqual(candidate(2), 4);";
      expect(await runner.run({ source: "f(p) = p.2147483648", entry: "f", tests }, 5000)).toMatchObject({ kind: "compile", message: expect.stringContaining("E0304") });
      expect(await runner.run({ source: "fn f(x: int)\n  while true\n    x += 1\n  x", entry: "f", tests }, 1000)).toMatchObject({ kind: "timeout" });
      const bomb = await runner.run({ source: 'fn f(x: int)\n  n = 1\n  while true\n    s = "0123456789".repeat(n)\n    n *= 4\n  x', entry: "f", tests }, 30_000);
      expect(bomb.kind).toBe("fault");
      expect(bomb.message).toMatch(/out of memory|more memory than allowed/);
      // and the runner goes on
      expect(await runner.run({ source: "f(x: int) = x * 2", entry: "f", tests }, 5000)).toMatchObject({ kind: "pass" });
    } finally {
      await runner.close();
    }
  }, 120_000);

  it("summarizes rates, mean repairs and mean tokens", () => {
    const r = (passedFirst: boolean, passed: boolean, repairs: number, tokensIn: number, tokensOut: number) => ({ id: "x", entry: "x", passedFirst, passed, repairs, tokensIn, tokensOut, attempts: [], program: "", firstTokens: 0, lastTokens: 0 }) as TaskResult;
    expect(summarize([r(true, true, 0, 100, 10), r(false, true, 1, 300, 20), r(false, false, 2, 500, 30), r(false, false, 2, 0, 0)], { repairs: 2, model: "m" }))
      .toEqual({ tasks: 4, passedFirst: 1, passed: 2, passAt1: 0.25, passAfterRepairs: 0.5, meanRepairs: 1.25, meanTokensIn: 225, meanTokensOut: 15, repairsAllowed: 2, budget: null, model: "m", ratioTasks: 0, medianRatio: null, geomeanRatio: null });
  });
});

describe("a chat-completions endpoint", () => {
  it("POSTs the model and the messages, with the key as a bearer token", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ choices: [{ message: { role: "assistant", content: "```ideo\nfn double(x: int) = x * 2\n```" } }] }), { status: 200 });
    }) as unknown as typeof fetch;
    const llm = endpointLlm({ url: "https://example.invalid/v1/", model: "m-1", apiKey: "sk-test", temperature: 0, timeoutMs: 1000, fetch: fake });
    const messages: Message[] = [{ role: "system", content: "card" }, { role: "user", content: "task" }, { role: "assistant", content: "old" }, { role: "user", content: "fix it" }];
    const reply = await llm.complete(messages, { task: "t", attempt: 2 });
    expect(reply.text).toMatch(/x \* 2/);
    expect(reply.error).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe("https://example.invalid/v1/chat/completions");
    expect(calls[0].init.method).toBe("POST");
    expect(calls[0].init.headers).toEqual({ "content-type": "application/json", authorization: "Bearer sk-test" });
    expect(JSON.parse(calls[0].init.body as string)).toEqual({ model: "m-1", temperature: 0, messages });
  });

  it("sends no key when there is none, and takes a full URL as it is", () => {
    const { url, init } = chatRequest({ url: "http://localhost:11434/v1/chat/completions", model: "q", timeoutMs: 1 }, [{ role: "user", content: "hi" }]);
    expect(url).toBe("http://localhost:11434/v1/chat/completions");
    expect(init.headers).toEqual({ "content-type": "application/json" });
    expect(JSON.parse(init.body)).toEqual({ model: "q", messages: [{ role: "user", content: "hi" }] });
    expect(completionsUrl("https://api.example.invalid/v1")).toBe("https://api.example.invalid/v1/chat/completions");
  });

  it("turns HTTP errors, non-JSON and a thrown fetch into failed attempts, not crashes", async () => {
    const answers: (() => Response)[] = [
      () => new Response("rate limited", { status: 429 }),
      () => new Response("<html>", { status: 200 }),
      () => { throw new TypeError("fetch failed"); },
    ];
    let i = 0;
    const fake = (async () => answers[i++]()) as unknown as typeof fetch;
    const llm = endpointLlm({ url: "https://example.invalid/v1", model: "m", timeoutMs: 1000, fetch: fake });
    const report = await runEval(parseTasks(JSON.stringify(TASKS[0])), { llm, repairs: 2, budget: 1200, testTimeoutMs: 2000 });
    const t = report.tasks[0];
    expect(t.passed).toBe(false);
    expect(t.attempts.map((a) => a.kind)).toEqual(["llm", "llm", "llm"]);
    expect(t.attempts[0].message).toMatch(/HTTP 429: rate limited/);
    expect(t.attempts[1].message).toMatch(/not JSON/);
    expect(t.attempts[2].message).toMatch(/request failed: fetch failed/);
  });
});

describe("ideo eval: the command", () => {
  it("a model right at once: pass@1 everywhere, no repairs", async () => {
    const r = await run(["tasks.jsonl", "--llm", "node right.mjs", "--budget", "1200", "--json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(["tasks", "summary"]);
    expect(report.tasks).toHaveLength(4);
    for (const t of report.tasks) {
      expect(Object.keys(t)).toEqual(["id", "entry", "passedFirst", "passed", "repairs", "tokensIn", "tokensOut", "attempts", "program", "firstTokens", "lastTokens"]);
      expect(t).toMatchObject({ passedFirst: true, passed: true, repairs: 0 });
      expect(t.attempts).toHaveLength(1);
      expect(t.tokensIn).toBeGreaterThan(800);
      expect(t.tokensIn).toBeLessThan(1500);
      expect(t.tokensOut).toBeGreaterThan(5);
    }
    expect(report.summary).toMatchObject({ tasks: 4, passedFirst: 4, passed: 4, passAt1: 1, passAfterRepairs: 1, meanRepairs: 0, repairsAllowed: 2, budget: 1200, model: 'sh -c "node right.mjs"' });
    expect(r.stderr).toMatch(/\[1\/4\] double[\s\S]*\[4\/4\] mine_7_count_vowels/);
  });

  it("--solutions scores programs already written: first attempts, then repair files, and token ratios", async () => {
    const sol = join(dir, "solutions");
    mkdirSync(sol, { recursive: true });
    writeFileSync(join(sol, "double.ideo"), `# twice\n${RIGHT.double}\n`);
    writeFileSync(join(sol, "shout.ideo"), WRONG.shout);
    writeFileSync(join(sol, "shout.repair1.ideo"), RIGHT.shout);
    writeFileSync(join(sol, "evens.ideo"), WRONG.evens);
    // no file for the fourth task
    const rows = TASKS.slice(0, 3).map((t) => JSON.stringify({ ...t, reference: "def f(x):\n    return x * 2\n" }));
    writeFileSync(join(dir, "ref.jsonl"), rows.join("\n") + "\n" + JSON.stringify(TASKS[3]) + "\n");
    const r = await run(["ref.jsonl", "--solutions", "solutions", "--json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.tasks.map((t: TaskResult) => [t.id, t.passedFirst, t.passed, t.repairs])).toEqual([
      ["double", true, true, 0], ["shout", false, true, 1], ["evens", false, false, 0], ["mine_7_count_vowels", false, false, 0]]);
    expect(report.tasks[3].attempts[0].message).toMatch(/no solution file/);
    // a comment line does not count; the ratio is over the reference's tokens, for first attempts that passed
    expect(report.tasks[0].firstTokens).toBe(countTokens(RIGHT.double));
    expect(report.tasks[0].ratio).toBeCloseTo(countTokens(RIGHT.double) / countTokens("def f(x):\n    return x * 2\n"));
    expect(report.summary).toMatchObject({ passedFirst: 1, passed: 2, ratioTasks: 1, medianRatio: report.tasks[0].ratio, geomeanRatio: report.tasks[0].ratio });
    expect((await run(["ref.jsonl", "--solutions", "nowhere"])).stderr).toMatch(/no folder nowhere/);
    expect((await run(["ref.jsonl", "--solutions", "solutions", "--llm", "cat"])).stderr).toMatch(/give one of --llm, --endpoint and --solutions/);
  });

  it("a model that learns from the feedback: fails pass@1, passes after one repair each", async () => {
    const r = await run(["tasks.jsonl", "--llm", "node learner.mjs", "--budget", "1000", "--timeout", "1500", "--json"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.tasks.map((t: TaskResult) => [t.passedFirst, t.passed, t.repairs])).toEqual([[false, true, 1], [false, true, 1], [false, true, 1], [false, true, 1]]);
    expect(report.tasks.map((t: TaskResult) => t.attempts[0].kind)).toEqual(["compile", "export", "test", "timeout"]);
    expect(report.tasks[0].attempts[0].message).toMatch(/error\[E\d+\]/);
    expect(report.tasks[1].attempts[0].message).toMatch(/no function named shout; the program defines yell/);
    expect(report.tasks[2].attempts[0].message).toMatch(/AssertionError/);
    // a failed attempt's feedback carries the style warnings too: here an annotation inference gives
    expect(report.tasks[2].attempts[0].message).toMatch(/The compiler also warns:[\s\S]*warning\[W0004\]/);
    expect(report.summary).toMatchObject({ passAt1: 0, passAfterRepairs: 1, meanRepairs: 1 });
    // a repair turn resends the conversation: more tokens in than the first turn
    for (const t of report.tasks) expect(t.attempts[1].tokensIn).toBeGreaterThan(t.attempts[0].tokensIn);
  });

  it("a model answering garbage: every task fails after all its repairs, and the run completes", async () => {
    const r = await run(["tasks.jsonl", "--llm", "node garbage.mjs", "--budget", "1200", "--timeout", "1000", "--limit", "2"]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^task\s+entry\s+pass@1\s+passed\s+repairs\s+tokens in\s+tokens out\s+last failure$/);
    expect(lines[2]).toMatch(/^double\s+double\s+no\s+no\s+2\s+\d+\s+\d+\s+timeout: /);
    expect(lines[3]).toMatch(/^shout\s+shout\s+no\s+no\s+2/);
    expect(r.stdout).toMatch(/pass@1: 0\/2 \(0\.0%\)/);
    expect(r.stdout).toMatch(/passed after repairs: 0\/2 \(0\.0%\)/);
    expect(r.stdout).toMatch(/mean repairs: 2\.00/);
    expect(r.stdout).toMatch(/mean tokens per task \(o200k_base\): \d+ in, \d+ out/);
    expect(r.stderr).toMatch(/attempt 1: compile[\s\S]*attempt 2: empty[\s\S]*attempt 3: timeout/);
  });

  it("a command that fails or hangs is a failed attempt; the conversation it got is plain text", async () => {
    const rec = join(dir, "rec");
    const r = await run(["tasks.jsonl", "--llm", `node record.mjs ${rec}`, "--budget", "1200", "--repairs", "1", "--limit", "1", "--json"]);
    expect(r.status).toBe(0);
    const t = JSON.parse(r.stdout).tasks[0];
    expect(t.attempts.map((a: { kind: string }) => a.kind)).toEqual(["llm", "llm"]);
    expect(t.attempts[0].message).toMatch(/exited with code 3/);
    const first = readFileSync(`${rec}-1.txt`, "utf8");
    expect(first).toMatch(/^You write programs in Ideo/);
    expect(first).toMatch(/### user\n\nTask: Return twice the given integer\./);
    expect(first).not.toMatch(/search_blocks/);
    const second = readFileSync(`${rec}-2.txt`, "utf8");
    expect(second).toMatch(/### assistant\n\n\(no answer\)\n\n### user\n\nNo answer came back from you\./);

    const slow = await run(["tasks.jsonl", "--llm", "sleep 30", "--llm-timeout", "500", "--repairs", "0", "--budget", "1200", "--limit", "1", "--json"]);
    expect(slow.status).toBe(0);
    expect(JSON.parse(slow.stdout).tasks[0].attempts[0]).toMatchObject({ kind: "llm", message: "the command did not answer within 500 ms" });
  });

  it("usage errors exit 2", async () => {
    expect((await run(["missing.jsonl", "--llm", "true"]))).toMatchObject({ status: 2, stderr: expect.stringMatching(/cannot read missing\.jsonl: no such file/) });
    expect((await run(["tasks.jsonl"]))).toMatchObject({ status: 2, stderr: expect.stringMatching(/no model: give --llm/) });
    expect((await run(["tasks.jsonl", "--endpoint", "http://localhost:1/v1"]))).toMatchObject({ status: 2, stderr: expect.stringMatching(/--endpoint needs --model/) });
    expect((await run(["tasks.jsonl", "--llm", "true", "--repairs", "-1"])).status).toBe(2);
    expect((await run(["tasks.jsonl", "--llm", "true", "--budget", "5"]))).toMatchObject({ status: 2, stderr: expect.stringMatching(/budget of 5 tokens/) });
    writeFileSync(join(dir, "bad.jsonl"), "{\"id\": \"x\"}\n");
    expect((await run(["bad.jsonl", "--llm", "true"]))).toMatchObject({ status: 2, stderr: expect.stringMatching(/bad\.jsonl:1: no "description"/) });
    expect((await run([]))).toMatchObject({ status: 2 });
  });

  it("--help explains the command with examples", async () => {
    const r = await run(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--llm <command>/);
    expect(r.stdout).toMatch(/--endpoint <url>/);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ ideo eval tasks\.jsonl --llm/);
  });
});
