export function persistence(n: number): number {
  let steps = 0;
  for (; n > 9; steps++) n = [...String(n)].reduce((product, d) => product * Number(d), 1);
  return steps;
}
