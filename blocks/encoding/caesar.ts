import { block } from "../block.js";

export function shiftLetters(s: string, k: bigint): string {
  const r = Number(((k % 26n) + 26n) % 26n);
  return s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(base + ((c.charCodeAt(0) - base + r) % 26));
  });
}

export default block({
  name: "caesar",
  aliases: ["caesarcipher", "shiftcipher", "rotn"],
  sig: "(s: str, k: int) -> str",
  doc: "s with each ASCII letter moved k places along the alphabet, wrapping and keeping its case (any k: taken mod 26, negative shifts back); every other character unchanged",
  examples: [
    { code: "\"abc xyz\".caesar(3)", result: "def abc" },
    { code: "\"Hello\".caesar(-1)", result: "Gdkkn" },
  ],
  oracle: (s: string, k: bigint) => shiftLetters(s, k),
  test: {
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.str, gen.fc.string({ maxLength: 80 }), gen.fc.string({ unit: "binary", maxLength: 60 })), gen.int),
  },
});
