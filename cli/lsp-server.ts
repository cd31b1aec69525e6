// The server behind `ideo lsp`: the Language Server Protocol over stdio (vscode-languageserver).
// Diagnostics are published as you type: a change waits DEBOUNCE_MS for the next one, so a burst of
// keystrokes is analyzed once, at its last version; an analysis is kept per document version and
// shared by the requests that follow. Every handler answers null rather than fail.
import { CodeActionKind, createConnection, TextDocuments, TextDocumentSyncKind, type Connection } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeWith, Analysis } from "../compiler/frontend.js";
import type { Registry } from "../compiler/blocks/registry.js";
import { completion, definitionOf, diagnostics, formatting, hover, quickFixes, symbols } from "./lsp-answers.js";
import { readImport } from "./io.js";
import { fileURLToPath, pathToFileURL } from "node:url";

export const DEBOUNCE_MS = 150;

export function serve(registry: Registry, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  const timers = new Map<string, NodeJS.Timeout>();

  const analysisOf = (doc: TextDocument): Analysis => {
    const kept = analyses.get(doc.uri);
    if (kept?.version === doc.version) return kept.analysis;
    // the style lints too, as `ideo check` shows them
    // a document on disk imports files relative to itself: open ones as they are in the editor
    const file = doc.uri.startsWith("file:") ? fileURLToPath(doc.uri) : undefined;
    const files = (path: string) => documents.get(pathToFileURL(path).href)?.getText() ?? readImport(path);
    const analysis = analyzeWith(registry, doc.getText(), { style: true, file, files });
    analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  };

  /** Run a handler; a fault in it is logged and answered with `fallback`, never thrown. */
  const guard = <P, R>(what: string, fallback: R, handler: (p: P) => R) => (p: P): R => {
    try { return handler(p); } catch (e) {
      connection.console.error(`ideo lsp: ${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
  const withDoc = <P extends { textDocument: { uri: string } }, R>(what: string, fallback: R, answer: (doc: TextDocument, p: P) => R) =>
    guard<P, R>(what, fallback, (p) => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? answer(doc, p) : fallback;
    });

  const publish = guard("diagnostics", undefined, (uri: string) => {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnostics(doc, analysisOf(doc)) });
  });

  documents.onDidChangeContent(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => publish(document.uri), DEBOUNCE_MS));
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    analyses.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ["."] },
      definitionProvider: true,
      documentSymbolProvider: true,
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: "ideo", version: "0.1.0" },
  }));
  // the first analysis builds the parser (a second, cold): do it before the first keystroke needs it
  connection.onInitialized(() => { setTimeout(guard("warm-up", undefined, () => analyzeWith(registry, "fn main = 1")), 0); });
  connection.onHover(withDoc("hover", null, (doc, p) => hover(doc, analysisOf(doc), registry, doc.offsetAt(p.position))));
  connection.onCompletion(withDoc("completion", [], (doc, p) => completion(doc, analysisOf(doc), registry, doc.offsetAt(p.position))));
  connection.onDefinition(withDoc("definition", null, (doc, p) => definitionOf(doc, analysisOf(doc), doc.offsetAt(p.position))));
  connection.onDocumentSymbol(withDoc("symbols", [], (doc) => symbols(doc, analysisOf(doc))));
  connection.onCodeAction(withDoc("code actions", [], (doc, p) => quickFixes(doc, analysisOf(doc), p.range)));
  connection.onDocumentFormatting(withDoc("formatting", [], (doc) => formatting(doc)));

  documents.listen(connection);
  connection.listen();
  return connection;
}
