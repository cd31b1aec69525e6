// Word frequencies of a text: words are runs of letters between spaces and newlines, counted in a
// Map; the sum of the squared counts.
export function kernel(text) {
  const counts = new Map();
  for (const word of text.split(/[ \n]+/)) {
    if (word !== "") counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let total = 0;
  for (const k of counts.values()) total += k * k;
  return total;
}
