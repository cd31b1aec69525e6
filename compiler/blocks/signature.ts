// Block signatures: `(xs: [T], f: T => U) -> [U]` parsed into types with variables, and
// instantiated at concrete types. A signature is data in the block's room, never code.
import { Type, splitTop, show } from "../types.js";

export type SigType =
  | { kind: "int" | "float" | "bool" | "byte" | "str" | "unit" | "any" }
  | { kind: "var"; name: string }
  | { kind: "array"; elem: SigType }
  | { kind: "tuple"; items: SigType[] }
  | { kind: "fn"; params: SigType[]; result: SigType }
  | { kind: "map"; key: SigType; value: SigType };

export interface Signature {
  params: { name: string; type: SigType }[];
  result: SigType;
}

export function parseSignature(text: string): Signature {
  const arrow = topLevelArrow(text, "->");
  if (arrow < 0) throw new Error(`signature '${text}' has no '->'`);
  const paramText = text.slice(0, arrow).trim();
  if (!paramText.startsWith("(") || !paramText.endsWith(")")) throw new Error(`signature '${text}' needs (params)`);
  const params = splitTop(paramText.slice(1, -1)).map((p) => {
    const colon = p.indexOf(":");
    if (colon < 0) throw new Error(`parameter '${p}' in '${text}' needs a name`);
    return { name: p.slice(0, colon).trim(), type: parseSigType(p.slice(colon + 1)) };
  });
  return { params, result: parseSigType(text.slice(arrow + 2)) };
}

function topLevelArrow(s: string, arrow: string): number {
  let depth = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s[i];
    if (c === "[" || c === "(" || c === "{") depth++;
    else if (c === "]" || c === ")" || c === "}") depth--;
    else if (depth === 0 && s.startsWith(arrow, i)) return i;
  }
  return -1;
}

export function parseSigType(text: string): SigType {
  const s = text.trim();
  const fat = topLevelArrow(s, "=>");
  if (fat >= 0) {
    const left = s.slice(0, fat).trim();
    const params = left.startsWith("(") && left.endsWith(")") ? splitTop(left.slice(1, -1)).map(parseSigType) : [parseSigType(left)];
    return { kind: "fn", params, result: parseSigType(s.slice(fat + 2)) };
  }
  if (["int", "float", "bool", "byte", "str", "unit", "any"].includes(s)) return { kind: s as "int" };
  if (/^[A-Z]$/.test(s)) return { kind: "var", name: s };
  if (s.startsWith("[") && s.endsWith("]")) return { kind: "array", elem: parseSigType(s.slice(1, -1)) };
  if (s.startsWith("(") && s.endsWith(")")) return { kind: "tuple", items: splitTop(s.slice(1, -1)).map(parseSigType) };
  if (s.startsWith("{") && s.endsWith("}")) {
    const [k, v] = splitTop(s.slice(1, -1).replace(":", ","));
    return { kind: "map", key: parseSigType(k), value: parseSigType(v) };
  }
  throw new Error(`cannot read type '${s}'`);
}

export function showSig(t: SigType): string {
  switch (t.kind) {
    case "var": return t.name;
    case "array": return `[${showSig(t.elem)}]`;
    case "tuple": return `(${t.items.map(showSig).join(", ")})`;
    case "map": return `{${showSig(t.key)}: ${showSig(t.value)}}`;
    case "fn": return `${t.params.length === 1 ? showSig(t.params[0]) : `(${t.params.map(showSig).join(", ")})`} => ${showSig(t.result)}`;
    default: return t.kind;
  }
}

/** Replace type variables by concrete types. */
export function substitute(t: SigType, env: Record<string, Type>): Type {
  switch (t.kind) {
    case "var": {
      const v = env[t.name];
      if (!v) throw new Error(`type variable ${t.name} is not bound`);
      return v;
    }
    case "array": return { kind: "array", elem: substitute(t.elem, env) };
    case "tuple": return { kind: "tuple", items: t.items.map((i) => substitute(i, env)) };
    case "map": return { kind: "map", key: substitute(t.key, env), value: substitute(t.value, env) };
    case "fn": return { kind: "fn", params: t.params.map((p) => substitute(p, env)), result: substitute(t.result, env) };
    default: return { kind: t.kind };
  }
}

export function typeVars(sig: Signature): string[] {
  const out = new Set<string>();
  const walk = (t: SigType) => {
    if (t.kind === "var") out.add(t.name);
    else if (t.kind === "array") walk(t.elem);
    else if (t.kind === "tuple") t.items.forEach(walk);
    else if (t.kind === "fn") { t.params.forEach(walk); walk(t.result); }
    else if (t.kind === "map") { walk(t.key); walk(t.value); }
  };
  sig.params.forEach((p) => walk(p.type));
  walk(sig.result);
  return [...out];
}

export { show };
