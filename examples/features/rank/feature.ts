export function rank(scores: number[]): number[] {
  return scores.map((s) => scores.filter((t) => t > s).length + 1);
}
