export function compress(s: string): string {
  return s.replace(/(.)\1*/gsu, (run, c: string) => c + [...run].length);
}
