import { block, Fault } from "../block.js";

const INT = /^[\t\n\v\f\r ]*([+-]?[0-9]+)[\t\n\v\f\r ]*$/;

export default block({
  name: "int",
  aliases: ["toint", "integer", "parseint"],
  sig: ["(x: float) -> int", "(s: str) -> int", "(b: bool) -> int", "(x: int) -> int"],
  doc: "convert to int: a float truncated toward zero (faults with argument on NaN, infinities and values outside the int range); a string of base-10 digits with an optional sign and surrounding ASCII whitespace, like Python's int() (faults with argument on other text, with overflow outside the int range); a bool to 1 or 0",
  examples: [
    { code: "int(-3.9)", result: "-3" },
    { code: "int(\" 42 \")", result: "42" },
    { code: "\"-17\".int", result: "-17" },
    { code: "int(true)", result: "1" },
  ],
  oracle: (x: any) => {
    if (typeof x === "boolean") return x ? 1n : 0n;
    if (typeof x === "bigint") return x;
    if (typeof x === "number") {
      if (!(x >= -(2 ** 63) && x < 2 ** 63)) throw new Fault("argument");
      return BigInt(Math.trunc(x));
    }
    const m = INT.exec(x);
    if (!m) throw new Fault("argument");
    const v = BigInt(m[1]);
    if (v !== BigInt.asIntN(64, v)) throw new Fault("overflow");
    return v;
  },
  test: {
    args: (gen: any, _inst: Record<string, string>, overload: number) => {
      const fc = gen.fc;
      if (overload === 0) return fc.tuple(fc.oneof(gen.float, fc.constantFrom(9223372036854775807, -9223372036854775808, 9223372036854774784, -9223372036854777856, 1e19, -1e19)));
      if (overload === 2) return fc.tuple(gen.bool);
      if (overload === 3) return fc.tuple(gen.int);
      const ws = fc.constantFrom("", "", " ", "\t", "\n", "  \r");
      const digits = fc.array(fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), { minLength: 1, maxLength: 22 }).map((a: string[]) => a.join(""));
      const num = fc.oneof(
        gen.int.map((v: bigint) => String(v)),
        fc.tuple(fc.constantFrom("", "+", "-"), digits).map((p: string[]) => p.join("")),
        fc.constantFrom("9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "+0", "-0", "0000000000000000000000042",
          "18446744073709551616", "99999999999999999999x", "", "+", "-", "1 2", "1.0", "1e3", "0x10", "1_000", "٣", "--1", " 7 "),
      );
      return fc.tuple(fc.oneof(gen.str, fc.tuple(ws, num, ws).map((p: string[]) => p.join(""))));
    },
  },
});
