import { block } from "../block.js";
import { shiftLetters } from "./caesar.js";

export default block({
  name: "rot13",
  aliases: ["rot_13"],
  sig: "(s: str) -> str",
  doc: "s with each ASCII letter moved 13 places along the alphabet, keeping its case (its own inverse); every other character unchanged",
  examples: [
    { code: "\"Hello, World!\".rot13", result: "Uryyb, Jbeyq!" },
    { code: "\"Uryyb\".rot13", result: "Hello" },
  ],
  oracle: (s: string) => shiftLetters(s, 13n),
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.str, gen.fc.string({ maxLength: 80 }), gen.fc.string({ unit: "binary", maxLength: 60 }))) },
});
