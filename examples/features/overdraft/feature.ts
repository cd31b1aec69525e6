export function overdraft(amounts: number[]): number {
  let balance = 0;
  for (const [i, amount] of amounts.entries()) {
    balance += amount;
    if (balance < 0) return i;
  }
  return -1;
}
