export function istree(n: number, edges: [number, number][]): boolean {
  const parent = [...Array(n).keys()];
  const root = (v: number): number => (parent[v] === v ? v : root(parent[v]));
  for (const [a, b] of edges) {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) return false;
    parent[ra] = rb;
  }
  return edges.length === n - 1;
}
