const NUMERALS: [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

function value(s: string): number {
  let total = 0;
  for (const [v, symbol] of NUMERALS) {
    while (s.startsWith(symbol)) {
      total += v;
      s = s.slice(symbol.length);
    }
  }
  return total;
}

export function romanadd(a: string, b: string): string {
  let n = value(a) + value(b), out = "";
  for (const [v, symbol] of NUMERALS) {
    out += symbol.repeat(Math.floor(n / v));
    n %= v;
  }
  return out;
}
