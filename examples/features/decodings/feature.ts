export function decodings(s: string): number {
  let [prev, ways] = [0, 1];
  for (let i = 0; i < s.length; i++) {
    const pair = i > 0 ? s.slice(i - 1, i + 1) : "";
    [prev, ways] = [ways, (s[i] !== "0" ? ways : 0) + (pair >= "10" && pair <= "26" ? prev : 0)];
  }
  return ways;
}
