// What `ideo lsp` answers, as LSP data: diagnostics with their fixes as quick fixes, hover, completion
// after `.` ranked by the receiver's type, definitions, symbols, formatting. Each answer reads one
// analysis of the document (compiler/frontend.ts) through compiler/query.ts; lsp.ts does the wiring.
import {
  CodeAction, CodeActionKind, CompletionItem, CompletionItemKind, Diagnostic as LspDiagnostic, DiagnosticSeverity,
  DocumentSymbol, Hover, Location, MarkupKind, Range, SymbolKind, TextEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { pathToFileURL } from "node:url";
import { analyzeWith, Analysis } from "../compiler/frontend.js";
import type { BlockInfo, Registry } from "../compiler/blocks/registry.js";
import type { Span } from "../compiler/diagnostics.js";
import { definition, fnAt, fnSignature, locate, recordFields, takesFirst, typeEndingAt, variableType } from "../compiler/query.js";
import { showTy, type Ty } from "../compiler/check/unify.js";
import { format } from "../compiler/format/format.js";
import { signatureText } from "./vocab.js";

const rangeOf = (doc: TextDocument, s: Span): Range => ({ start: doc.positionAt(s.start), end: doc.positionAt(Math.max(s.start, s.end)) });
const overlaps = (doc: TextDocument, s: Span, r: Range) => s.start <= doc.offsetAt(r.end) && doc.offsetAt(r.start) <= s.end;

/** Where a span of the analysis is: in this document, or in a file it imports (a.files). */
function place(doc: TextDocument, a: Analysis, s: Span): Location {
  const f = a.files?.filter((x) => x.start <= s.start).at(-1);
  if (!f || f.start === 0) return { uri: doc.uri, range: rangeOf(doc, s) };
  const other = TextDocument.create(pathToFileURL(f.name).href, "ideo", 0, f.text);
  return { uri: other.uri, range: rangeOf(other, { start: s.start - f.start, end: s.end - f.start }) };
}

/** A diagnostic in a file this document imports is shown at the document's start, saying where it is. */
export function diagnostics(doc: TextDocument, a: Analysis): LspDiagnostic[] {
  return a.diagnostics.map((d) => {
    const at = place(doc, a, d.span);
    const here = at.uri === doc.uri;
    const where = here ? "" : `${decodeURIComponent(new URL(at.uri).pathname)}:${at.range.start.line + 1}:${at.range.start.character + 1}: `;
    const related = [...(here ? [] : [{ location: at, message: d.message }]), ...(d.notes ?? []).map((n) => ({ location: place(doc, a, n.span), message: n.message }))];
    return {
      range: here ? at.range : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: d.code,
      source: "ideo",
      message: [where + d.message, ...(d.suggestions ?? []).map((s) => `hint: ${s}`)].join("\n"),
      relatedInformation: d.notes || !here ? related : undefined,
    };
  });
}

/** The fixes diagnostics carry, over `range`, as quick fixes that make their edit. */
export function quickFixes(doc: TextDocument, a: Analysis, range: Range): CodeAction[] {
  return a.diagnostics.filter((d) => d.fix && d.fix.span.end <= doc.getText().length && overlaps(doc, d.span, range)).map((d) => ({
    title: d.fix!.description,
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    diagnostics: diagnostics(doc, { ...a, diagnostics: [d] }),
    edit: { changes: { [doc.uri]: [TextEdit.replace(rangeOf(doc, d.fix!.span), d.fix!.replacement)] } },
  }));
}

const code = (text: string) => "```ideo\n" + text + "\n```";

function blockMarkdown(b: BlockInfo): string {
  const ex = b.def.examples[0];
  return [code(signatureText(b).join("\n")), b.def.doc, ex ? `\`${ex.code}\` → \`${ex.result}\`` : ""].filter(Boolean).join("\n\n");
}

export function hover(doc: TextDocument, a: Analysis, registry: Registry, at: number): Hover | null {
  const found = locate(a.program, at);
  if (!found) return null;
  const userFn = (name: string) => a.program.fns.find((f) => f.name === name && !f.script);
  let text: string | undefined, span: Span;
  switch (found.kind) {
    case "fn": text = code(fnSignature(a.checked, found.fn)); span = found.fn.nameSpan; break;
    case "callee": {
      const target = a.checked?.calls.get(found.call);
      const fn = target?.kind === "fn" || !target ? userFn(found.call.callee) : undefined;
      const block = target?.kind === "block" ? target.block : fn ? undefined : registry.get(found.call.callee);
      text = fn ? code(fnSignature(a.checked, fn)) : block ? blockMarkdown(block) : undefined;
      span = found.call.calleeSpan;
      break;
    }
    default: {
      const name = found.kind === "name" ? found.expr.name : found.kind === "param" ? found.param.name : found.kind === "field" ? found.expr.name! : found.name;
      const type = variableType(a.checked, found);
      const bound = found.kind !== "name" || definition(a.program, found) !== userFn(name)?.nameSpan;
      const fn = bound ? undefined : userFn(name);
      const block = bound || fn ? undefined : registry.get(name);
      text = type && bound ? code(`${name}: ${type}`) : fn ? code(fnSignature(a.checked, fn)) : block ? blockMarkdown(block) : undefined;
      span = found.kind === "name" ? found.expr.span : found.kind === "param" ? { start: found.param.span.start, end: found.param.span.start + name.length } : found.kind === "field" ? found.expr.nameSpan! : found.span;
    }
  }
  return text ? { contents: { kind: MarkupKind.Markdown, value: text }, range: rangeOf(doc, span) } : null;
}

export function definitionOf(doc: TextDocument, a: Analysis, at: number): Location | null {
  const found = locate(a.program, at);
  const span = found && definition(a.program, found);
  return span ? place(doc, a, span) : null;
}

export function symbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  return a.program.fns.filter((f) => !f.script).map((f) => ({
    name: f.name,
    detail: fnSignature(a.checked, f),
    kind: SymbolKind.Function,
    range: rangeOf(doc, f.span),
    selectionRange: rangeOf(doc, f.nameSpan),
  }));
}

export function formatting(doc: TextDocument): TextEdit[] {
  const text = doc.getText();
  const r = format(text);
  return r.text === undefined || r.text === text ? [] : [TextEdit.replace(rangeOf(doc, { start: 0, end: text.length }), r.text)];
}

/**
 * Completion at `at`. After `.`, every block and user function, those that take the receiver's type
 * first ranked first; the receiver's type comes from analyzing the text without the `.` and what
 * follows it up to the cursor (a half-typed `xs.so` does not parse, `xs` does). Elsewhere, blocks,
 * functions and the variables of the function the cursor is in.
 */
const textsOf = new WeakMap<Registry, Pick<CompletionItem, "detail" | "documentation">[]>();

/** Each block's signature and doc as a completion shows them: written once per registry, since an
 *  editor asks for completions as the user types (rendering 500 blocks' docs took most of an answer). */
function blockTexts(registry: Registry): Pick<CompletionItem, "detail" | "documentation">[] {
  let texts = textsOf.get(registry);
  if (!texts) {
    texts = registry.blocks.map((b) => ({ detail: signatureText(b).join(" | "), documentation: { kind: MarkupKind.Markdown, value: blockMarkdown(b) } }));
    textsOf.set(registry, texts);
  }
  return texts;
}

export function completion(doc: TextDocument, a: Analysis, registry: Registry, at: number): CompletionItem[] {
  const text = doc.getText();
  let start = at;
  while (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1])) start--;
  const afterDot = text[start - 1] === "." && text[start - 2] !== ".";
  let receiver: Ty | undefined;
  if (afterDot) {
    const dot = start - 1;
    const patched = analyzeWith(registry, text.slice(0, dot) + text.slice(at));
    receiver = typeEndingAt(patched.program, patched.checked, dot);
  }
  const rank = (takes: boolean | undefined) => (takes === false ? "1" : "0");
  const texts = blockTexts(registry);
  // a record's fields come first after its `.`
  const fields: CompletionItem[] = recordFields(receiver).map((f) => ({ label: f.name, kind: CompletionItemKind.Field, detail: f.type, sortText: "00" + f.name }));
  const items: CompletionItem[] = [...fields, ...registry.blocks.map((b, i) => ({
    label: b.name,
    kind: afterDot ? CompletionItemKind.Method : CompletionItemKind.Function,
    ...texts[i],
    sortText: rank(receiver && takesFirst(b, receiver)) + b.name,
  }))];
  for (const f of a.program.fns) {
    if (f.script || (afterDot && !f.params.length)) continue;
    const first = a.checked?.fns.get(f.name)?.params[0];
    const takes = receiver && first ? showTy(first) === showTy(receiver) : undefined;
    items.push({ label: f.name, kind: CompletionItemKind.Function, detail: fnSignature(a.checked, f), sortText: rank(takes) + f.name });
  }
  if (!afterDot) {
    const fn = fnAt(a.program, at);
    const info = fn && a.checked?.fns.get(fn.name);
    for (const [name, t] of info?.locals ?? []) items.push({ label: name, kind: CompletionItemKind.Variable, detail: showTy(t), sortText: "0" + name });
  }
  return items;
}
