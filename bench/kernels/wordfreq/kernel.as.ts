// Word frequencies of a text: words are runs of letters between spaces and newlines, counted in a
// Map; the sum of the squared counts.
function space(c: i32): bool {
  return c == 32 || c == 10;
}

export function kernel(text: string): i64 {
  const counts = new Map<string, i64>();
  let i = 0;
  while (i < text.length) {
    while (i < text.length && space(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !space(text.charCodeAt(i))) i++;
    if (i == start) break;
    const word = text.substring(start, i);
    counts.set(word, counts.has(word) ? counts.get(word) + 1 : 1);
  }
  let total: i64 = 0;
  const values = counts.values();
  for (let k = 0; k < values.length; k++) total += values[k] * values[k];
  return total;
}
