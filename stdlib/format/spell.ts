import { block } from "../../blocks/block.js";

const ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", " thousand", " million", " billion", " trillion", " quadrillion", " quintillion"];

function hundreds(v: number): string {
  const r = v % 100;
  const low = r < 20 ? ONES[r] : TENS[Math.floor(r / 10)] + (r % 10 ? `-${ONES[r % 10]}` : "");
  return v < 100 ? low : r === 0 ? `${ONES[Math.floor(v / 100)]} hundred` : `${ONES[Math.floor(v / 100)]} hundred ${low}`;
}

export default block({
  name: "spell",
  aliases: ["numberwords", "num2words", "towords", "inwords", "spellnumber"],
  sig: "(n: int) -> str",
  doc: "n in English words, American style without \"and\": 0 is \"zero\", 123 \"one hundred twenty-three\", 1000001 \"one million one\", -15 \"minus fifteen\"; scales up to quintillion cover every int",
  examples: [
    { code: "spell(123)", result: "one hundred twenty-three" },
    { code: "spell(-2000015)", result: "minus two million fifteen" },
  ],
  oracle: (n: bigint) => {
    if (n === 0n) return "zero";
    const digits = (n < 0n ? -n : n).toString();
    const k = Math.ceil(digits.length / 3), d = digits.padStart(3 * k, "0");
    const parts: string[] = [];
    for (let g = 0; g < k; g++) { const v = Number(d.slice(3 * g, 3 * g + 3)); if (v) parts.push(hundreds(v) + SCALES[k - 1 - g]); }
    return (n < 0n ? "minus " : "") + parts.join(" ");
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: -1000n, max: 100000n }), gen.fc.constantFrom(0n, 100n, 1000n, 1000000n, 1001n, 110n, 19n, 20n, 21n))) },
});
