export function pathlen(points: [number, number][]): number {
  return points.slice(1).reduce((total, [x, y], i) => total + Math.hypot(x - points[i][0], y - points[i][1]), 0);
}
