import { block, Fault } from "../block.js";

const dec = new TextDecoder("utf-8", { fatal: true });

export default block({
  name: "unhex",
  aliases: ["fromhex", "unhexlify", "hexdecode"],
  sig: "(s: str) -> str",
  doc: "the string whose UTF-8 bytes are written as hex digit pairs in s (either case, no separators); faults (argument) on an odd length, a non-hex character, or bytes that are not well-formed UTF-8",
  examples: [
    { code: "\"6869\".unhex", result: "hi" },
    { code: "\"C3A9\".unhex", result: "é" },
  ],
  oracle: (s: string) => {
    if (s.length % 2 || !/^[0-9a-fA-F]*$/.test(s)) throw new Fault("argument");
    try {
      return dec.decode(Buffer.from(s, "hex"));
    } catch {
      throw new Fault("argument");
    }
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const hex = (s: string) => Buffer.from(s, "utf8").toString("hex");
      const mixCase = (s: string, seed: number) => [...s].map((c, i) => ((seed >> (i % 30)) & 1 ? c.toUpperCase() : c)).join("");
      return fc.tuple(fc.oneof(
        { weight: 3, arbitrary: fc.tuple(gen.str, fc.integer()).map(([s, k]: [string, number]) => mixCase(hex(s), k)) },
        { weight: 2, arbitrary: fc.tuple(gen.str, fc.nat(60), fc.constantFrom("g", "G", "/", ":", "@", "`", "0", "é", " ", "x")).map(([s, i, c]: [string, number, string]) => { const h = hex(s); const at = i % (h.length + 1); return h.slice(0, at) + c + h.slice(at); }) },
        { weight: 1, arbitrary: fc.tuple(gen.str, fc.nat(60)).map(([s, i]: [string, number]) => { const h = hex(s); const at = i % (h.length + 1); return h.slice(0, at) + h.slice(at + 1); }) },
        { weight: 2, arbitrary: fc.array(fc.constantFrom(..."0123456789abcdefABCDEF"), { maxLength: 12 }).map((a: string[]) => a.join("")) },
        { weight: 1, arbitrary: gen.str },
      ));
    },
  },
});
