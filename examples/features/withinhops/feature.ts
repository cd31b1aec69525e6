export function withinhops(n: number, edges: [number, number][], start: number, k: number): number {
  const dist = new Array<number>(n).fill(-1);
  dist[start] = 0;
  for (let hop = 0; hop < k; hop++)
    for (const [a, b] of edges) {
      if (dist[a] === hop && dist[b] < 0) dist[b] = hop + 1;
      if (dist[b] === hop && dist[a] < 0) dist[a] = hop + 1;
    }
  return dist.filter((d) => d > 0).length;
}
