import { block } from "../../blocks/block.js";
import { cmpStr } from "../../blocks/sequences/_util.js";

const digits = (s: string) => /^[0-9]+$/.test(s);

export default block({
  name: "vercmp",
  aliases: ["compareversions", "versioncompare", "semvercmp", "cmpversion"],
  sig: "(a: str, b: str) -> int",
  doc: "-1, 0 or 1 as version a is older than, the same as or newer than b: dot-separated parts compared left to right, as numbers when both are ASCII digits (\"1.10\" is newer than \"1.9\"), else by code point; a missing part counts as \"0\", so \"1.0\" equals \"1\"",
  examples: [
    { code: "vercmp(\"1.10\", \"1.9\")", result: "1" },
    { code: "vercmp(\"2.0\", \"2\")", result: "0" },
    { code: "vercmp(\"1.2a\", \"1.2b\")", result: "-1" },
  ],
  oracle: (a: string, b: string) => {
    const x = a.split("."), y = b.split(".");
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const p = x[i] ?? "0", q = y[i] ?? "0";
      let c: number;
      if (digits(p) && digits(q)) {
        const u = p.replace(/^0+/, ""), v = q.replace(/^0+/, "");
        c = u.length !== v.length ? (u.length < v.length ? -1 : 1) : cmpStr(u, v);
      } else c = cmpStr(p, q);
      if (c) return BigInt(Math.sign(c));
    }
    return 0n;
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const v = fc.array(fc.constantFrom("0", "1", "2", "10", "9", "01", "a", "1a", "", "rc1", "é"), { minLength: 1, maxLength: 4 }).map((p: string[]) => p.join("."));
      return fc.tuple(v, v);
    },
  },
});
