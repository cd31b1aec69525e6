export function countrange(xs: number[], lo: number, hi: number): number {
  const below = (pred: (x: number) => boolean) => {
    let [a, b] = [0, xs.length];
    while (a < b) {
      const mid = (a + b) >> 1;
      if (pred(xs[mid])) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  return Math.max(0, below((x) => x <= hi) - below((x) => x < lo));
}
