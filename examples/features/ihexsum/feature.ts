export function ihexsum(s: string): number {
  const sum = (s.match(/../g) ?? []).reduce((total, pair) => total + parseInt(pair, 16), 0);
  return -sum & 255;
}
