export function gridpaths(m: number[][]): number {
  const ways = new Array<number>(m[0].length).fill(0);
  ways[0] = 1;
  for (const row of m) row.forEach((cell, j) => (ways[j] = cell ? 0 : ways[j] + (j > 0 ? ways[j - 1] : 0)));
  return ways[ways.length - 1];
}
