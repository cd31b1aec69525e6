// n pseudo-random ints (the minimal standard generator) sorted ascending by the library sort; a
// polynomial hash of the sorted order.
export function kernel(n) {
  const xs = new Array(n);
  let x = 42;
  for (let i = 0; i < n; i++) xs[i] = x = (x * 48271) % 2147483647;
  xs.sort((p, q) => p - q);
  let h = 0;
  for (const v of xs) h = (h * 31 + v) % 1000000007;
  return h;
}
