// The start below n with the longest Collatz chain, as start * 1000 + its number of steps.
function steps(n: i64): i64 {
  let s: i64 = 0;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    s++;
  }
  return s;
}

export function kernel(n: i32): i64 {
  let best: i64 = 0, arg: i64 = 0;
  for (let i: i64 = 1; i < n; i++) {
    const c = steps(i);
    if (c > best) {
      best = c;
      arg = i;
    }
  }
  return arg * 1000 + best;
}
