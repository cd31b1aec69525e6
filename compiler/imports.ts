// Programs of several files: `import "util.ideo"` brings in the functions of another file, found
// relative to the importing file. The caller says where files come from (`files`: their texts by
// path, or a reader; the CLI reads the disk). Each file is parsed on its own, then all are joined:
// spans become offsets into the texts joined with a line break between them, the first file first,
// so a program of one file keeps its own offsets, and a diagnostic or a fault finds its file again
// (diagnostics.ts, SourceFile; the host, FileStart). An imported file's `main` stays behind.
import type { Import, Program } from "./syntax/ast.js";
import { CODES, Diagnostic, SourceFile, Span, error } from "./diagnostics.js";

/** Where imported files come from: texts by path, or a function that reads one (undefined: none). */
export type Files = Record<string, string> | ((path: string) => string | undefined);

export interface Parsed { program: Program; diagnostics: Diagnostic[] }

export interface Joined {
  /** Each file's program, the first file's first; spans already moved into the joined text. */
  programs: Program[];
  diagnostics: Diagnostic[];
  files: SourceFile[];
  /** All the files' texts joined with a line break between them. */
  text: string;
}

/** `a/b/../c.ideo` → `a/c.ideo`, and the path of `target` imported from the file `from`. */
export function resolvePath(from: string, target: string): string {
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  const parts: string[] = [];
  for (const p of (target.startsWith("/") ? target : dir + target).split("/")) {
    if (p === "." || (p === "" && parts.length)) continue;
    if (p === ".." && parts.length && parts[parts.length - 1] !== ".." && parts[parts.length - 1] !== "") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}

/** The root file's program and the files it imports, each once, joined. */
export function joinImports(root: Parsed, rootFile: string, source: string, files: Files | undefined, parse: (text: string) => Parsed): Joined {
  const joined: Joined = { programs: [root.program], diagnostics: [...root.diagnostics], files: [{ name: rootFile, text: source, start: 0, line: 1 }], text: source };
  const read = typeof files === "function" ? files : (path: string) => (files && Object.hasOwn(files, path) ? files[path] : undefined);
  const seen = new Set([resolvePath("", rootFile)]);
  const visit = (program: Program, from: string, chain: string[]): void => {
    for (const imp of program.imports ?? []) {
      const path = resolvePath(from, imp.path);
      if (chain.includes(path)) {
        joined.diagnostics.push(error(CODES.importCycle, `import cycle: ${[...chain.slice(chain.indexOf(path)), path].join(" → ")}`, imp.span, { suggestions: ["move what the files share into a file that imports neither"] }));
        continue;
      }
      if (seen.has(path)) continue; // imported by another file already
      seen.add(path);
      const text = read(path);
      if (text === undefined) { joined.diagnostics.push(missing(imp, path, files)); continue; }
      const start = joined.text.length + 1;
      const file: SourceFile = { name: path, text, start, line: lineCount(joined.text) + 1 };
      joined.text += "\n" + text;
      joined.files.push(file);
      const parsed = parse(text);
      shiftSpans(parsed.program, start);
      for (const d of parsed.diagnostics) shiftSpans(d, start);
      joined.diagnostics.push(...parsed.diagnostics);
      joined.programs.push(parsed.program);
      visit(parsed.program, path, [...chain, path]);
    }
  };
  visit(root.program, rootFile, [resolvePath("", rootFile)]);
  return joined;
}

function missing(imp: Import, path: string, files: Files | undefined): Diagnostic {
  const how = files === undefined
    ? "the compiler reads no files itself: give their texts with compile()'s or load()'s `files` option, or use the ideo CLI"
    : `it is looked for relative to the importing file: ${path}`;
  return error(CODES.importMissing, `cannot find the imported file '${imp.path}'`, imp.pathSpan, { suggestions: [how] });
}

const lineCount = (text: string) => text.split("\n").length;

/** Moves every span in a syntax tree or diagnostic by `by`. Spans may be shared between nodes, so
 *  each is replaced by a moved copy, and each node is visited once. */
function shiftSpans(root: object, by: number): void {
  const seen = new WeakSet<object>();
  const walk = (o: unknown): void => {
    if (!o || typeof o !== "object" || seen.has(o)) return;
    seen.add(o);
    if (Array.isArray(o)) { o.forEach(walk); return; }
    const node = o as Record<string, unknown>;
    for (const [k, v] of Object.entries(node)) {
      if ((k === "span" || k.endsWith("Span")) && isSpan(v)) node[k] = { start: v.start + by, end: v.end + by };
      else walk(v);
    }
  };
  walk(root);
}

const isSpan = (v: unknown): v is Span => !!v && typeof v === "object" && typeof (v as Span).start === "number" && typeof (v as Span).end === "number";
