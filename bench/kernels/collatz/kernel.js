// The start below n with the longest Collatz chain, as start * 1000 + its number of steps.
function steps(n) {
  let s = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    s++;
  }
  return s;
}

export function kernel(n) {
  let best = 0, arg = 0;
  for (let i = 1; i < n; i++) {
    const c = steps(i);
    if (c > best) {
      best = c;
      arg = i;
    }
  }
  return arg * 1000 + best;
}
