// `ideo build --dts`: TypeScript declarations for a module's exports, as the --js wrapper
// (wrapper.ts) and load() hand them to JS. Values cross as host/values.ts marshals them, so a
// parameter takes more than a result gives: an int parameter takes a number or a bigint, an array
// parameter any readonly array, a map parameter an object or a Map.
import { parseType, Type } from "../types.js";
import type { ModuleInfo } from "./bind.js";
import type { Signature } from "./instance.js";

/** The names the wrapper exports itself, which an Ideo function cannot take. */
export const WRAPPER_NAMES = ["instantiate", "IdeoFault"];

/** A JS binding for an export: `$` cannot be part of an Ideo name, so `$close` never clashes with
 *  the wrapper's own names, and `new` or `delete` can be exported under their own names. */
export const binding = (name: string) => `$${name}`;

/** The type JS passes for an Ideo type. */
function input(t: Type): string {
  switch (t.kind) {
    case "int": return "Int";
    case "float": return "number";
    case "bool": return "boolean";
    case "byte": return "number";
    case "str": return "string";
    case "array": return t.elem.kind === "byte" ? "Uint8Array | readonly number[]" : `readonly ${wrap(input(t.elem))}[]`;
    case "tuple": return t.record ? t.record.name : `readonly [${t.items.map(input).join(", ")}]`;
    case "map": return `Readonly<Record<string, ${input(t.value)}>> | ReadonlyMap<${t.key.kind === "int" ? "Int" : "string"}, ${input(t.value)}>`;
    case "opt": return `${input(t.elem)} | null | undefined`;
    case "any": return "Json | undefined";
    default: return "never"; // a function or no value: nothing JS can pass
  }
}

/** The type JS receives for an Ideo type. */
function output(t: Type): string {
  switch (t.kind) {
    case "int": return "Int";
    case "float": return "number";
    case "bool": return "boolean";
    case "str": return "string";
    case "byte": return "number";
    case "unit": return "void";
    case "array": return t.elem.kind === "byte" ? "Uint8Array" : `${wrap(output(t.elem))}[]`;
    case "tuple": return t.record ? t.record.name : `[${t.items.map(output).join(", ")}]`;
    case "map": return `Record<string, ${output(t.value)}>`;
    case "opt": return `${output(t.elem)} | undefined`;
    case "any": return "Json";
    default: return "never";
  }
}

/** A member name: quoted where it is not a plain identifier, or where it would mean something else
 *  (`new(…)` in an interface is a constructor). */
const member = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : JSON.stringify(name));

const wrap = (ts: string) => (/[ |]/.test(ts) ? `(${ts})` : ts);
const typeOf = (text: string): Type => parseType(text) ?? { kind: "fn", params: [], result: { kind: "unit" } };

/** Words a parameter cannot be named in TypeScript. */
const RESERVED = new Set("break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(" "));

/** `(xs: readonly number[], t: number): boolean`, callee-side (an export) or caller-side (a host
 *  function JS provides). */
function signature(sig: Signature, side: "export" | "host"): string {
  const [arg, res] = side === "export" ? [input, output] : [output, input];
  const name = (i: number) => { const n = sig.names?.[i] ?? `p${i + 1}`; return RESERVED.has(n) ? `${n}_` : n; };
  const params = sig.params.map((p, i) => `${name(i)}: ${arg(typeOf(p))}`).join(", ");
  return `(${params}): ${sig.result === "unit" && side === "host" ? "void" : res(typeOf(sig.result))}`;
}

/** An interface for each record type the exports and host functions take or give: a plain object
 *  with the field names, both ways. */
function recordInterfaces(sigs: Signature[]): string[] {
  const found = new Map<string, Extract<Type, { kind: "tuple" }>>();
  const visit = (t: Type): void => {
    if (t.kind === "array" || t.kind === "opt") visit(t.elem);
    else if (t.kind === "map") visit(t.value);
    else if (t.kind === "fn") { t.params.forEach(visit); visit(t.result); }
    else if (t.kind === "tuple") {
      if (t.record && !found.has(t.record.name)) found.set(t.record.name, t);
      t.items.forEach(visit);
    }
  };
  for (const sig of sigs) [...sig.params, sig.result].forEach((p) => visit(typeOf(p)));
  return [...found.values()].flatMap((t) => [
    `/** The Ideo record \`type ${t.record!.name} = (${t.items.map((it, k) => `${t.record!.fields[k]}: ${showName(it)}`).join(", ")})\`. */`,
    `export interface ${t.record!.name} {`,
    ...t.items.map((it, k) => `  ${member(t.record!.fields[k])}: ${output(it)};`),
    `}`,
    ``,
  ]);
}

/** A type as the program writes it, a record by its name. */
const showName = (t: Type): string => (t.kind === "tuple" && t.record ? t.record.name : t.kind === "array" ? `[${showName(t.elem)}]` : t.kind === "opt" ? `${showName(t.elem)}?` : t.kind === "map" ? `{${showName(t.key)}: ${showName(t.value)}}` : t.kind === "tuple" ? `(${t.items.map(showName).join(", ")})` : t.kind);

function doc(name: string, sig: Signature): string {
  // a record by its name (the signature spells it out whole, for the host to read)
  const named = (p: string) => (/[A-Z]\w*\(/.test(p) ? showName(typeOf(p)) : p);
  const ideo = `${name}(${sig.params.map((p, i) => (sig.names ? `${sig.names[i]}: ${named(p)}` : named(p))).join(", ")})${sig.result === "unit" ? "" : ` -> ${named(sig.result)}`}`;
  const generic = sig.generic ? ` Generic: compiled for these types; for others load its source with ideo's load(), or annotate its parameters.` : "";
  return `  /** Ideo: \`${ideo}\`.${generic} */`;
}

export function declarations(info: ModuleInfo, from: string): string {
  const names = Object.keys(info.signatures);
  const host = Object.entries(info.host ?? {});
  const lines = [
    `// Generated by \`ideo build --dts\` from ${from}: the types of its --js wrapper (and of what load() gives).`,
    `/** An Ideo int: a number, or a bigint beyond Number.MAX_SAFE_INTEGER (JS may pass either). */`,
    `export type Int = number | bigint;`,
    `/** An Ideo any: a JSON-like value (ints past 2**53 as bigints; null stays null). */`,
    `export type Json = null | boolean | number | bigint | string | readonly Json[] | { readonly [key: string]: Json };`,
    ``,
    ...recordInterfaces([...Object.values(info.signatures), ...host.map(([, sig]) => sig)]),
    `export interface Exports {`,
    ...names.flatMap((n) => [doc(n, info.signatures[n]), `  ${member(n)}${signature(info.signatures[n], "export")};`]),
    `}`,
    ``,
    `/** The JS functions the program declares with \`extern\`. */`,
    `export interface Imports {`,
    ...host.flatMap(([n, sig]) => [doc(n, sig), `  ${member(n)}${signature(sig, "host")};`]),
    `}`,
    ``,
    `export interface Options {`,
    `  /** Receives what the program prints; default: process.stdout (a browser: console.log). */`,
    `  write?: (text: string) => void;`,
    `  /** What the program's \`stdin\` reads: text, bytes, or a function that fills a buffer and gives the bytes it wrote (0 at the end). Default: nothing. */`,
    `  stdin?: string | Uint8Array | ((buffer: Uint8Array) => number);`,
    `  imports${host.length ? "" : "?"}: Imports;`,
    `  /** What one call may spend: a unit per loop turn and per recursive call, 8 per element given to a block, 1 per 8 bytes allocated; past it the call faults "out of fuel". Only for a module built with \`ideo build --fuel\`. Default: no limit. */`,
    `  fuel?: number | bigint;`,
    `  /** The most bytes the module's memory may grow to; an allocation past it faults "out of memory". Default: 4 GiB. */`,
    `  maxMemory?: number;`,
    `}`,
    ``,
    `/** A fresh instance: its own memory, output, input and host functions. */`,
    `export declare function instantiate(options${host.length ? "" : "?"}: Options): Promise<Exports>;`,
    ``,
    `/** A runtime fault of the program (index out of range, key not found…), at its source position. */`,
    `export declare class IdeoFault extends Error {`,
    `  readonly fault: string;`,
    `  readonly code: number;`,
    `  readonly line: number;`,
    `  readonly col: number;`,
    `}`,
  ];
  // a program with host functions has no instance until JS gives them: only instantiate() then
  if (!host.length && names.length) {
    lines.push(``, `// The exports of an instance made when the module is imported:`);
    for (const n of names) lines.push(`declare const ${binding(n)}: Exports[${JSON.stringify(n)}];`);
    lines.push(`export { ${names.map((n) => `${binding(n)} as ${n}`).join(", ")} };`);
  }
  return lines.join("\n") + "\n";
}
