export function incircle(points: [number, number][], center: [number, number], r: number): number {
  return points.filter(([x, y]) => Math.hypot(x - center[0], y - center[1]) <= r).length;
}
