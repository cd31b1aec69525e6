// Roman numerals for the roman/unroman oracles and tests.
const UNITS: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

export function toRoman(n: number): string {
  let s = "";
  for (const [v, r] of UNITS) while (n >= v) { s += r; n -= v; }
  return s;
}

/** Every canonical numeral 1..3999 and its value. */
export const ROMAN = new Map<string, number>(Array.from({ length: 3999 }, (_, i) => [toRoman(i + 1), i + 1]));
