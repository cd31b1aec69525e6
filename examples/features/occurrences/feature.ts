export function occurrences(s: string, sub: string): number {
  let count = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) count++;
  return count;
}
