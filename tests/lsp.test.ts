// `ideo lsp` through a real JSON-RPC client over the spawned server's stdio: diagnostics as a
// document opens and changes, a quick fix applied, hover, completion ranked by the receiver's type,
// definition, symbols, formatting, and a burst of half-typed edits that must not bring it down.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, ChildProcess } from "node:child_process";
import { join } from "node:path";
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, CodeActionRequest, HoverRequest, CompletionRequest,
  DefinitionRequest, DocumentSymbolRequest, DocumentFormattingRequest, ShutdownRequest, ExitNotification,
  CompletionItem, DocumentSymbol, Location, MarkupContent, TextEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ROOT } from "../compiler/paths.js";
import "../compiler/node-assets.js"; // the parser reads its lookahead through the assets
import { format } from "../compiler/format/format.js";

let server: ChildProcess;
let client: ProtocolConnection;
let stderr = "";
const published = new Map<string, PublishDiagnosticsParams[]>();
const versions = new Map<string, number>();

/** The next diagnostics published for `uri` at `version` or later. */
function diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => {
    const poll = () => {
      const hit = (published.get(uri) ?? []).find((p) => (p.version ?? 0) >= version);
      if (hit) resolve(hit); else setTimeout(poll, 20);
    };
    poll();
  });
}

function open(uri: string, text: string): void {
  versions.set(uri, 1);
  void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "ideo", version: 1, text } });
}

function change(uri: string, text: string): number {
  const version = (versions.get(uri) ?? 1) + 1;
  versions.set(uri, version);
  void client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  return version;
}

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create("x", "ideo", 1, text), edits);

const PROGRAM = [
  "close(xs: [float], t: float) = xs.sort.gaps.min < t",
  "",
  "fn main",
  "  xs = [3, 1, 2]",
  "  print(xs.sotr)",
  "  print(close([1.0, 2.0], 0.5))",
  "",
].join("\n");

beforeAll(async () => {
  server = spawn(process.execPath, [join(ROOT, "bin", "ideo.js"), "lsp", "--stdio"], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
  server.stderr!.on("data", (d) => { stderr += d; });
  client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  client.onNotification(PublishDiagnosticsNotification.type, (p) => published.set(p.uri, [...(published.get(p.uri) ?? []), p]));
  client.listen();
  const init = await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  expect(init.capabilities.hoverProvider).toBe(true);
  expect(init.capabilities.completionProvider?.triggerCharacters).toContain(".");
  void client.sendNotification(InitializedNotification.type, {});
});

afterAll(async () => {
  await client.sendRequest(ShutdownRequest.type);
  void client.sendNotification(ExitNotification.type);
  await new Promise((r) => server.once("exit", r));
  client.dispose();
});

describe("ideo lsp", () => {
  const uri = "file:///work/prog.ideo";

  it("publishes diagnostics on open, offers the fix as a quick fix, and clears them once it is applied", async () => {
    open(uri, PROGRAM);
    const first = await diagnosticsFor(uri, 1);
    expect(first.diagnostics).toHaveLength(1);
    const d = first.diagnostics[0];
    expect(d).toMatchObject({ code: "E0201", source: "ideo", range: { start: { line: 4, character: 11 }, end: { line: 4, character: 15 } } });
    expect(d.message).toContain("unknown block 'sotr'");

    const actions = await client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    expect(actions).toHaveLength(1);
    const action = actions![0] as { title: string; kind: string; edit: { changes: Record<string, TextEdit[]> } };
    expect(action.kind).toBe("quickfix");
    const fixed = apply(PROGRAM, action.edit.changes[uri]);
    expect(fixed).toContain("print(xs.sort)");

    // with the error gone, the style lints speak (as in `ideo check`), and their fixes are quick fixes too
    const version = change(uri, fixed);
    const after = (await diagnosticsFor(uri, version)).diagnostics;
    expect(after.filter((x) => x.severity === 1)).toEqual([]);
    const lint = after.find((x) => x.code === "W0004");
    expect(lint?.range.start).toEqual({ line: 0, character: 8 });
    const lintFixes = await client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: lint!.range, context: { diagnostics: [lint!] } });
    expect(lintFixes!.map((a) => a.title)).toContain("leave out `[float]`");
  });

  it("hovers a block with its signature, doc and example; a variable and a function with their types", async () => {
    const at = async (line: number, character: number) => ((await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }))?.contents as MarkupContent | undefined)?.value;
    const sort = await at(0, 35);
    expect(sort).toMatch(/sort\(xs: \[T\]\) -> \[T\]/);
    expect(sort).toContain("→");
    expect(await at(4, 9)).toContain("xs: [int]");
    expect(await at(5, 9)).toContain("close(xs: [float], t: float) -> bool");
    expect(await at(0, 1)).toContain("close(xs: [float], t: float) -> bool");
    expect(await at(1, 0)).toBeUndefined();
  });

  it("completes after `xs.` with the blocks that take an [int] first: sort and sum before string blocks", async () => {
    const doc = "file:///work/complete.ideo";
    const text = "fn main\n  xs = [3, 1, 2]\n  print(xs.)\n";
    open(doc, text);
    const items = (await client.sendRequest(CompletionRequest.type, { textDocument: { uri: doc }, position: { line: 2, character: 11 } })) as CompletionItem[];
    const byName = new Map(items.map((i) => [i.label, i]));
    for (const name of ["sort", "sum", "upper", "words"]) expect(byName.has(name), name).toBe(true);
    const order = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
    for (const good of ["sort", "sum"]) for (const bad of ["upper", "words"]) expect(order.indexOf(good), `${good} before ${bad}`).toBeLessThan(order.indexOf(bad));
    expect(byName.get("sort")!.detail).toContain("sort(xs: [T]) -> [T]");
  });

  it("hovers a record's field with its type, goes to its declaration, and completes field names first after `.`", async () => {
    const doc = "file:///work/records.ideo";
    const text = "type Body = (x: float, mass: float)\n\nfn main\n  b = Body(1.0, 2.0)\n  b.mass += 1.0\n  print(b.x)\n";
    open(doc, text);
    await diagnosticsFor(doc, 1);
    const hover = (await client.sendRequest(HoverRequest.type, { textDocument: { uri: doc }, position: { line: 4, character: 4 } }))?.contents as MarkupContent | undefined;
    expect(hover?.value).toContain("mass: float");
    const def = (await client.sendRequest(DefinitionRequest.type, { textDocument: { uri: doc }, position: { line: 5, character: 10 } })) as Location | null;
    expect(def?.range).toEqual({ start: { line: 0, character: 13 }, end: { line: 0, character: 21 } });
    const typed = "type Body = (x: float, mass: float)\n\nfn main\n  b = Body(1.0, 2.0)\n  print(b.)\n";
    change(doc, typed);
    const items = (await client.sendRequest(CompletionRequest.type, { textDocument: { uri: doc }, position: { line: 4, character: 10 } })) as CompletionItem[];
    const order = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
    expect(order.slice(0, 2)).toEqual(["mass", "x"]);
    expect(items.find((i) => i.label === "x")?.detail).toBe("float");
  });

  it("goes to the definition of a function and of a variable", async () => {
    const def = async (line: number, character: number) => (await client.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character } })) as Location | null;
    expect((await def(5, 9))?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
    expect((await def(4, 9))?.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 4 } });
    expect((await def(0, 32))?.range).toEqual({ start: { line: 0, character: 6 }, end: { line: 0, character: 8 } });
  });

  it("lists the functions as document symbols", async () => {
    const syms = (await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(syms.map((s) => s.name)).toEqual(["close", "main"]);
    expect(syms[0].detail).toBe("close(xs: [float], t: float) -> bool");
  });

  it("formats a document the way ideo fmt does", async () => {
    const doc = "file:///work/messy.ideo";
    const messy = "fn main\n    xs=[1,2]   # two\n    print( xs.sum )\n";
    open(doc, messy);
    const edits = await client.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true } });
    expect(apply(messy, edits!)).toBe(format(messy).text);
  });

  it("survives a burst of half-typed versions and still answers", async () => {
    const doc = "file:///work/typing.ideo";
    const target = "close(xs, t) = xs.sort.gaps.any(_ < t)\nfn main\n  print(close([1.0, 3.0], 0.5))\n  print(\"a b\".words.map(_.upper))\n";
    open(doc, "");
    let version = 1;
    for (let i = 1; i <= target.length; i += 3) {
      version = change(doc, target.slice(0, i));
      // requests in the middle of typing, at the cursor
      const lines = target.slice(0, i).split("\n");
      const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
      void client.sendRequest(HoverRequest.type, { textDocument: { uri: doc }, position });
      if (i % 12 === 1) void client.sendRequest(CompletionRequest.type, { textDocument: { uri: doc }, position });
    }
    version = change(doc, target);
    expect((await diagnosticsFor(doc, version)).diagnostics).toEqual([]);
    // the burst was analyzed far fewer times than it had versions
    expect((published.get(doc) ?? []).length).toBeLessThan(version / 2);
    expect(stderr).not.toContain("failed");
  });
});

describe("the answers, in process", () => {
  it("never throw: at every offset of the examples, and at the end of every prefix of the tour", async () => {
    const { loadRegistry } = await import("../compiler/blocks/registry.js");
    const { analyzeWith } = await import("../compiler/frontend.js");
    const answers = await import("../cli/lsp-answers.js");
    const { readdirSync, readFileSync } = await import("node:fs");
    const registry = await loadRegistry();
    const ask = (text: string, offsets: number[], complete: (o: number) => boolean) => {
      const doc = TextDocument.create("file:///x.ideo", "ideo", 1, text);
      const a = analyzeWith(registry, text);
      answers.diagnostics(doc, a);
      answers.symbols(doc, a);
      for (const o of offsets) {
        answers.hover(doc, a, registry, o);
        answers.definitionOf(doc, a, o);
        answers.quickFixes(doc, a, { start: doc.positionAt(o), end: doc.positionAt(o) });
        if (complete(o)) answers.completion(doc, a, registry, o);
      }
    };
    const dir = join(ROOT, "examples");
    let offsets = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".ideo"))) {
      const text = readFileSync(join(dir, f), "utf8");
      const all = Array.from({ length: text.length + 1 }, (_, i) => i);
      ask(text, all, (o) => text[o - 1] === "." && o % 4 === 0);
      offsets += all.length;
    }
    const tour = readFileSync(join(dir, "tour.ideo"), "utf8");
    for (let n = 0; n <= tour.length; n += 37) ask(tour.slice(0, n), [n], () => true);
    expect(offsets).toBeGreaterThan(5000);
  });

  it("show a function defined twice with other parameters (E0203) typed only where it was checked", async () => {
    const { loadRegistry } = await import("../compiler/blocks/registry.js");
    const { analyzeWith } = await import("../compiler/frontend.js");
    const answers = await import("../cli/lsp-answers.js");
    const registry = await loadRegistry();
    // fuzz seed 1, input 682609: the second definition was shown with the first one's types, and threw
    const text = "e(a) = a + 1\ne(a,, b) = a\ne(a, b) = 1\n";
    const doc = TextDocument.create("file:///x.ideo", "ideo", 1, text);
    const a = analyzeWith(registry, text);
    expect(answers.symbols(doc, a).map((s) => s.detail)).toEqual(["e(a: int) -> int", "e(a, , b)", "e(a, b)"]);
    expect(answers.completion(doc, a, registry, 0).filter((c) => c.label === "e").map((c) => c.detail)).toEqual(["e(a: int) -> int", "e(a, , b)", "e(a, b)"]);
  });
});
