export function grades(scores: number[]): string[] {
  return scores.map((s) => (s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : s >= 60 ? "D" : "F"));
}
