import { block } from "../../blocks/block.js";

export default block({
  name: "luhn",
  aliases: ["luhncheck", "mod10", "isluhn", "creditcard"],
  sig: "(s: str) -> bool",
  doc: "whether s is ASCII digits only (at least one, no spaces) whose Luhn checksum is valid, as credit card and IMEI numbers are: from the right, every second digit doubled (9 taken off when over 9), the sum a multiple of 10",
  examples: [
    { code: "\"4539578763621486\".luhn", result: "true" },
    { code: "\"1234\".luhn", result: "false" },
  ],
  oracle: (s: string) => {
    if (!/^[0-9]+$/.test(s)) return false;
    let t = 0;
    Array.from(s).reverse().forEach((c, i) => { let d = Number(c); if (i % 2) { d *= 2; if (d > 9) d -= 9; } t += d; });
    return t % 10 === 0;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.fc.stringMatching(/^[0-9]{1,20}$/), gen.fc.constantFrom("", "0", "18", "4539578763621486", "79927398713", "1234 5678", "a1"), gen.str)) },
});
