// How many primes are at most n: the sieve of Eratosthenes over an array of flags.
export function kernel(n: i32): i64 {
  const composite = new Uint8Array(n + 1);
  let count: i64 = 0;
  for (let i: i64 = 2; i <= n; i++) {
    if (composite[<i32>i]) continue;
    count++;
    for (let j = i * i; j <= n; j += i) composite[<i32>j] = 1;
  }
  return count;
}
