export function separation(friends: [string, string][], a: string, b: string): number {
  const graph = new Map<string, string[]>();
  const link = (x: string, y: string) => (graph.get(x) ?? graph.set(x, []).get(x)!).push(y);
  for (const [x, y] of friends) {
    link(x, y);
    link(y, x);
  }
  if (!graph.has(a) || !graph.has(b)) return -1;
  const dist = new Map([[a, 0]]);
  const queue = [a];
  for (let i = 0; i < queue.length; i++) {
    for (const y of graph.get(queue[i])!) {
      if (!dist.has(y)) {
        dist.set(y, dist.get(queue[i])! + 1);
        queue.push(y);
      }
    }
  }
  return dist.get(b) ?? -1;
}
