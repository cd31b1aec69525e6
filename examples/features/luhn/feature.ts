export function luhn(number: string): boolean {
  const digits = [...number.replace(/ /g, "")].reverse().map(Number);
  const total = digits.reduce((sum, d, i) => sum + (i % 2 === 0 ? d : d > 4 ? d * 2 - 9 : d * 2), 0);
  return digits.length > 1 && total % 10 === 0;
}
