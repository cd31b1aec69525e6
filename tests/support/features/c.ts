// The C driver: a generated main() that #includes feature.c, calls the function once per case with
// the arguments as C literals, and prints each result as one line of JSON.
//
// The convention, read from the Ideo signature and the C prototype together:
//   int, float, bool     any integer type, double, bool
//   str                  const char * (UTF-8); a str result is char * or const char *
//   (A, B, …)            a struct passed or returned by value (its fields in order),
//                        or, as a parameter, one parameter per field
//   [T]                  const T *xs, size_t n
//   [[T]]                const T *m, size_t rows, size_t cols   (row-major, flat)
//   [T] / [[T]] result   a returned (malloc'd) pointer whose length goes to a trailing size_t *n
//                        (rows and cols: two trailing size_t *); or void with a trailing T *out
//                        the caller allocates, shaped like the first array argument (a [T]
//                        result from a matrix argument has rows × cols elements)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Type } from "../../../compiler/types.js";
import { Case, Outcome, Sig, run } from "./corpus.js";

interface Decl { type: string; name: string }

const norm = (s: string) => s.replace(/\s+/g, " ").replace(/\s*\*\s*/g, " *").replace(/\( /g, "(").trim();
const isPtr = (t: string) => t.endsWith("*");
const base = (t: string) => t.replace(/\s*\*$/, "").trim();
const strip = (t: string) => t.replace(/\b(const|static|inline|extern)\b/g, " ").replace(/\s+/g, " ").trim();

function decl(text: string): Decl {
  const s = norm(text).replace(/\[\s*\]$/, "").replace(/^(.*?)\s*(\w+)\s*\[\s*\]$/, "$1 *$2");
  const m = /^(.*?)(\w+)$/.exec(s);
  if (!m) throw new Error(`cannot read the C declaration '${text}'`);
  return { type: norm(m[1]), name: m[2] };
}

/** Struct definitions: `struct name { … };` and `typedef struct [name] { … } alias;`. */
function structs(src: string): Map<string, Decl[]> {
  const out = new Map<string, Decl[]>();
  for (const m of src.matchAll(/(typedef\s+)?struct\s+(\w+)?\s*\{([^}]*)\}\s*(\w+)?/g)) {
    const fields: Decl[] = [];
    for (const stmt of m[3].split(";").map((x) => x.trim()).filter(Boolean)) {
      const parts = stmt.split(",");
      const first = decl(parts[0]);
      fields.push(first);
      const scalar = first.type.replace(/\s*\*+$/, "");
      for (const p of parts.slice(1)) {
        const d = decl(`${scalar} ${p.trim()}`);
        fields.push(d);
      }
    }
    if (m[2]) out.set(`struct ${m[2]}`, fields);
    if (m[1] && m[4]) out.set(m[4], fields);
  }
  return out;
}

function prototype(src: string, fn: string): { ret: string; params: Decl[] } {
  const m = new RegExp(`(?:^|\\n)([A-Za-z_][\\w \\t*]*?)\\b${fn}\\s*\\(([^)]*)\\)\\s*\\{`).exec(src);
  if (!m) throw new Error(`feature.c defines no function ${fn}`);
  const params = m[2].trim() === "void" || m[2].trim() === "" ? [] : m[2].split(",").map(decl);
  return { ret: norm(m[1].replace(/\b(static|inline)\b/g, "")), params };
}

const cstr = (s: string) =>
  '"' + [...Buffer.from(s, "utf8")].map((b) => (b >= 0x20 && b < 0x7f && !'"\\?'.includes(String.fromCharCode(b)) ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, "0")}`)).join("") + '"';

function scalarLit(t: Type, v: unknown): string {
  switch (t.kind) {
    case "int": return Math.abs(v as number) > 2 ** 31 ? `${v}LL` : String(v);
    case "float": { const s = String(v); return /[.eEn]/.test(s) ? s : `${s}.0`; }
    case "bool": return v ? "true" : "false";
    case "str": return cstr(v as string);
    default: throw new Error(`no C literal for ${t.kind}`);
  }
}

export class CDriver {
  private st: Map<string, Decl[]>;
  private proto: { ret: string; params: Decl[] };
  constructor(private src: string, private fn: string, private sig: Sig) {
    this.st = structs(src);
    this.proto = prototype(src, fn);
  }

  private fields(ctype: string): Decl[] {
    const f = this.st.get(strip(ctype));
    if (!f) throw new Error(`no struct definition for '${ctype}'`);
    return f;
  }

  /** An initializer for a value of Ideo type t held in C type ctype (braces for structs). */
  private init(t: Type, ctype: string, v: unknown): string {
    if (t.kind !== "tuple") return scalarLit(t, v);
    const fs = this.fields(ctype);
    if (fs.length !== t.items.length) throw new Error(`${ctype} has ${fs.length} fields for ${t.items.length}`);
    return `{${t.items.map((it, i) => this.init(it, fs[i].type, (v as unknown[])[i])).join(", ")}}`;
  }

  /** The C call for one case, and the statements that print its result. */
  call(args: unknown[]): string {
    const ps = this.proto.params;
    const { params, result } = this.sig;
    let k = 0;
    const take = () => {
      if (k >= ps.length) throw new Error(`${this.fn}: the C prototype has too few parameters for the Ideo signature`);
      return ps[k++];
    };
    const out: string[] = [];
    let shape: { n: number; rows?: number; cols?: number; count: number } | undefined;
    params.forEach((t, i) => {
      const v = args[i];
      if (t.kind === "array") {
        const p = take();
        if (!isPtr(p.type)) throw new Error(`parameter ${p.name} should be a pointer for ${JSON.stringify(t)}`);
        const elemType = base(p.type);
        const matrix = t.elem.kind === "array";
        const rows = v as unknown[];
        const flat = matrix ? (rows as unknown[][]).flat() : rows;
        const elem = matrix ? (t.elem as { elem: Type }).elem : t.elem;
        out.push(flat.length === 0 ? "NULL" : `(${elemType}[]){${flat.map((x) => this.init(elem, elemType, x)).join(", ")}}`);
        take();
        out.push(String(rows.length));
        if (matrix) { take(); out.push(String(rows.length ? (rows[0] as unknown[]).length : 0)); }
        shape ??= matrix ? { n: rows.length, rows: rows.length, cols: rows.length ? (rows[0] as unknown[]).length : 0, count: flat.length } : { n: rows.length, count: rows.length };
      } else if (t.kind === "tuple") {
        const p = take();
        if (this.st.has(strip(p.type))) out.push(`(${p.type})${this.init(t, p.type, v)}`);
        else {
          out.push(this.init(t.items[0], p.type, (v as unknown[])[0]));
          t.items.slice(1).forEach((it, j) => out.push(this.init(it, take().type, (v as unknown[])[j + 1])));
        }
      } else {
        take();
        out.push(scalarLit(t, v));
      }
    });
    const rest = ps.slice(k);
    const ret = this.proto.ret;
    const lines: string[] = [];
    if (result.kind === "array") {
      const matrix = result.elem.kind === "array";
      const elem = matrix ? (result.elem as { elem: Type }).elem : result.elem;
      if (ret === "void") {
        if (rest.length !== 1 || !shape) throw new Error(`${this.fn}: a void function returns its array through one T *out, shaped like an array argument`);
        const et = base(rest[0].type);
        lines.push(`${et} out[${Math.max(1, shape.count)}];`, `${this.fn}(${[...out, "out"].join(", ")});`);
        lines.push(`size_t o0 = ${matrix ? shape.rows : shape.count}, o1 = ${matrix ? shape.cols : 0};`, "(void)o1;");
        lines.push(matrix ? this.printMatrix(elem, "out", et, "o0", "o1") : this.printArray(elem, "out", et, "o0"));
      } else {
        if (rest.length !== (matrix ? 2 : 1) || !rest.every((r) => isPtr(r.type))) throw new Error(`${this.fn}: an array result needs ${matrix ? "two trailing size_t *" : "a trailing size_t *"} parameter`);
        rest.forEach((r, j) => lines.push(`${strip(base(r.type))} o${j} = 0;`));
        lines.push(`${ret} r = ${this.fn}(${[...out, ...rest.map((_, j) => `&o${j}`)].join(", ")});`);
        const et = base(ret);
        lines.push(matrix ? this.printMatrix(elem, "r", et, "o0", "o1") : this.printArray(elem, "r", et, "o0"));
      }
    } else {
      if (rest.length) throw new Error(`${this.fn}: unexpected trailing parameters ${rest.map((r) => r.name).join(", ")}`);
      lines.push(`${ret} r = ${this.fn}(${out.join(", ")});`, this.print(result, "r", ret));
    }
    return `{\n  ${lines.join("\n  ")}\n  putchar('\\n');\n  fflush(stdout);\n}`;
  }

  private print(t: Type, e: string, ctype: string): string {
    switch (t.kind) {
      case "int": return `json_int((long long)(${e}));`;
      case "float": return `json_float((double)(${e}));`;
      case "bool": return `json_bool(${e});`;
      case "str": return `json_str(${e});`;
      case "tuple": {
        const fs = this.fields(ctype);
        return `putchar('['); ${t.items.map((it, i) => this.print(it, `${e}.${fs[i].name}`, fs[i].type)).join(" putchar(','); ")} putchar(']');`;
      }
      default: throw new Error(`cannot print ${t.kind} nested this way`);
    }
  }

  private printArray(elem: Type, e: string, ctype: string, n: string): string {
    return `putchar('['); for (size_t i = 0; i < (size_t)(${n}); i++) { if (i) putchar(','); ${this.print(elem, `${e}[i]`, ctype)} } putchar(']');`;
  }

  private printMatrix(elem: Type, e: string, ctype: string, rows: string, cols: string): string {
    return `putchar('['); for (size_t i = 0; i < (size_t)(${rows}); i++) { if (i) putchar(','); putchar('['); for (size_t j = 0; j < (size_t)(${cols}); j++) { if (j) putchar(','); ${this.print(elem, `${e}[i * (size_t)(${cols}) + j]`, ctype)} } putchar(']'); } putchar(']');`;
  }
}

const PRELUDE = `#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>
#include <math.h>
#define unused __attribute__((unused))
unused static void json_int(long long x) { printf("%lld", x); }
unused static void json_float(double x) { if (isfinite(x)) printf("%.17g", x); else printf("null"); }
unused static void json_bool(bool b) { fputs(b ? "true" : "false", stdout); }
unused static void json_str(const char *s) {
  putchar('"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\\\') printf("\\\\%c", c);
    else if (c < 0x20) printf("\\\\u%04x", c);
    else putchar(c);
  }
  putchar('"');
}
`;

/** Compile feature.c with a generated driver for these cases, run it, one outcome per case. */
export async function runC(featureC: string, fn: string, sig: Sig, cases: Case[], tmp: string): Promise<Outcome[]> {
  const fail = (error: string): Outcome[] => cases.map(() => ({ error }));
  let driver: string;
  try {
    const d = new CDriver(readText(featureC), fn, sig);
    const calls = cases.map((c) => d.call(c.args));
    driver = `${PRELUDE}\n#include ${JSON.stringify(featureC)}\n\nint main(void) {\n${calls.join("\n")}\n  return 0;\n}\n`;
  } catch (e) {
    return fail(`driver: ${(e as Error).message}`);
  }
  mkdirSync(tmp, { recursive: true });
  const cfile = join(tmp, "driver.c"), exe = join(tmp, "driver");
  writeFileSync(cfile, driver);
  const cc = await run("gcc", ["-std=gnu17", "-O1", "-Wall", "-Wextra", "-Werror", "-o", exe, cfile, "-lm"], "", 60_000);
  if (cc.code !== 0) return fail(`gcc: ${cc.stderr.trim().slice(0, 3000)}`);
  const r = await run(exe, []);
  const lines = r.stdout.split("\n").filter(Boolean);
  return cases.map((_, i) => {
    if (i < lines.length) {
      try { return { ok: JSON.parse(lines[i]) }; } catch { return { error: `bad output: ${lines[i]}` }; }
    }
    return { error: `no output (exit ${r.code}${r.stderr ? ": " + r.stderr.trim() : ""})` };
  });
}

const readText = (p: string) => readFileSync(p, "utf8");
