export function wordwrap(text: string, w: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ").filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= w) lines[last] += " " + word;
    else lines.push(word);
  }
  return lines;
}
