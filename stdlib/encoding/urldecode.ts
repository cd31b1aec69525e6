import { block, Fault } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "urldecode",
  aliases: ["urlunquote", "percentdecode", "decodeuricomponent", "unquote"],
  sig: "(s: str) -> str",
  doc: "s with each %XX (two hex digits, either case) turned back into its byte and the bytes read as UTF-8 (Python's urllib.parse.unquote): a % without two hex digits and + stay as they are; faults (argument) when the bytes are not well-formed UTF-8",
  examples: [
    { code: "\"a%20b%2F%c3%A7\".urldecode", result: "a b/ç" },
    { code: "\"100%\".urldecode", result: "100%" },
  ],
  oracle: (s: string) => {
    const b = new TextEncoder().encode(s), out: number[] = [];
    const hex = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
    for (let i = 0; i < b.length;) {
      if (b[i] === 37 && i + 2 < b.length && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) { out.push(hex(b[i + 1]) * 16 + hex(b[i + 2])); i += 3; }
      else out.push(b[i++]);
    }
    try { return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(out)); } catch { throw new Fault("argument"); }
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(text(gen, 6), gen.fc.array(gen.fc.constantFrom("%20", "%2f", "%C3", "%A7", "%c3%a7", "%", "%g0", "%e2%82%ac", "%FF", "a", "+", "é"), { maxLength: 8 }).map((p: string[]) => p.join("")))) },
});
