// n pseudo-random ints (the minimal standard generator) sorted ascending by the library sort; a
// polynomial hash of the sorted order.
export function kernel(n: i32): i64 {
  const xs = new Int64Array(n);
  let x: i64 = 42;
  for (let i = 0; i < n; i++) xs[i] = x = x * 48271 % 2147483647;
  xs.sort();
  let h: i64 = 0;
  for (let i = 0; i < n; i++) h = (h * 31 + xs[i]) % 1000000007;
  return h;
}
