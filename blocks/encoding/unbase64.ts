import { block, Fault } from "../block.js";

const dec = new TextDecoder("utf-8", { fatal: true });
const SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export default block({
  name: "unbase64",
  aliases: ["b64decode", "atob", "frombase64"],
  sig: "(s: str) -> str",
  doc: "the string whose UTF-8 bytes s encodes in standard padded base64; faults (argument) on anything base64 would not produce (a length not a multiple of 4, a character outside the alphabet such as whitespace, a misplaced =, nonzero padding bits) or on bytes that are not well-formed UTF-8",
  examples: [
    { code: "\"aGVsbG8=\".unbase64", result: "hello" },
    { code: "\"TWFu\".unbase64", result: "Man" },
  ],
  oracle: (s: string) => {
    if (!SHAPE.test(s)) throw new Fault("argument");
    const bytes = Buffer.from(s, "base64");
    if (bytes.toString("base64") !== s) throw new Fault("argument");
    try {
      return dec.decode(bytes);
    } catch {
      throw new Fault("argument");
    }
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
      const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
      const edit = fc.tuple(gen.str, fc.nat(80), fc.constantFrom(..."=A/+-_ \n.é", "QQ", "=="), fc.constantFrom("insert", "replace", "delete"));
      return fc.tuple(fc.oneof(
        { weight: 3, arbitrary: gen.str.map(b64) },
        { weight: 1, arbitrary: fc.string({ maxLength: 80 }).map(b64) },
        { weight: 3, arbitrary: edit.map(([s, i, c, op]: [string, number, string, string]) => {
          const e = b64(s), at = i % (e.length + 1);
          return op === "insert" ? e.slice(0, at) + c + e.slice(at) : op === "replace" ? e.slice(0, at) + c + e.slice(at + 1) : e.slice(0, at) + e.slice(at + 1);
        }) },
        // the last data character changed: padding bits may become nonzero
        { weight: 2, arbitrary: fc.tuple(gen.str, fc.constantFrom(...alpha)).map(([s, c]: [string, string]) => {
          const e = b64(s), k = e.replace(/=+$/, "").length - 1;
          return k < 0 ? e : e.slice(0, k) + c + e.slice(k + 1);
        }) },
        { weight: 2, arbitrary: fc.tuple(fc.array(fc.constantFrom(...alpha), { maxLength: 24 }), fc.constantFrom("", "=", "==")).map(([a, p]: [string[], string]) => a.join("") + p) },
        { weight: 1, arbitrary: gen.str },
      ));
    },
  },
});
