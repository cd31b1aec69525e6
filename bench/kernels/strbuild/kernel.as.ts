// The numbers 0 … n-1 in decimal, joined by commas; its length in bytes * 256 + the code of its
// middle character. AssemblyScript's += copies the whole string each time, so its idiom is join.
export function kernel(n: i32): i64 {
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = i.toString();
  const s = parts.join(",");
  return <i64>s.length * 256 + s.charCodeAt(s.length / 2);
}
