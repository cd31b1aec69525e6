export function rgb(color: string): [number, number, number] {
  const channel = (i: number) => parseInt(color.slice(i, i + 2), 16);
  return [channel(1), channel(3), channel(5)];
}
