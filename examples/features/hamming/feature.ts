export function hamming(a: string, b: string): number {
  return [...a].filter((c, i) => c !== b[i]).length;
}
