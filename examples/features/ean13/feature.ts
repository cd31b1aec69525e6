export function ean13(digits: string): number {
  const total = [...digits].reduce((sum, d, i) => sum + Number(d) * (i % 2 ? 3 : 1), 0);
  return (10 - (total % 10)) % 10;
}
