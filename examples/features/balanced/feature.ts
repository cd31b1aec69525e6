export function balanced(s: string): boolean {
  const opening: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const stack: string[] = [];
  for (const c of s) {
    if ("([{".includes(c)) stack.push(c);
    else if (c in opening && stack.pop() !== opening[c]) return false;
  }
  return stack.length === 0;
}
