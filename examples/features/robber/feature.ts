export function robber(houses: number[]): number {
  return houses.reduce<[number, number]>(([before, best], x) => [best, Math.max(best, before + x)], [0, 0])[1];
}
