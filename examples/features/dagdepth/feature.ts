export function dagdepth(n: number, edges: [number, number][]): number {
  const indegree = new Array<number>(n).fill(0);
  for (const [, b] of edges) indegree[b]++;
  const depth = new Array<number>(n).fill(0);
  const ready = [...indegree.keys()].filter((v) => indegree[v] === 0);
  for (const v of ready)
    for (const [a, b] of edges)
      if (a === v) {
        depth[b] = Math.max(depth[b], depth[v] + 1);
        if (--indegree[b] === 0) ready.push(b);
      }
  return Math.max(0, ...depth);
}
