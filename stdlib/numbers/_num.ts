// Shared by the stdlib number blocks' oracles (no default export: not a block).

/** Deterministic primality for the oracles (trial division up to a bound, Miller-Rabin above). */
export function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (const p of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) if (n % p === 0n) return n === p;
  let d = n - 1n, s = 0;
  while (d % 2n === 0n) { d /= 2n; s++; }
  const pow = (b: bigint, e: bigint) => { let r = 1n; b %= n; while (e) { if (e & 1n) r = (r * b) % n; b = (b * b) % n; e >>= 1n; } return r; };
  for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
    let x = pow(a, d);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let i = 1; i < s; i++) { x = (x * x) % n; if (x === n - 1n) { ok = true; break; } }
    if (!ok) return false;
  }
  return true;
}

/** An int near the edges and in the middle: small values, values near 2^63 and around a given point. */
export const wide = (gen: any): any => gen.fc.oneof({ weight: 4, arbitrary: gen.fc.bigInt({ min: -5n, max: 200n }) }, { weight: 2, arbitrary: gen.int }, { weight: 1, arbitrary: gen.fc.bigInt({ min: 2n ** 63n - 200n, max: 2n ** 63n - 1n }) });

let sieved: number[] = [];
/** The primes up to limit, in order (a memoized sieve, for oracles over small n). */
export function primesUpTo(limit: number): number[] {
  if (sieved.length && sieved[sieved.length - 1] >= limit) return sieved.filter((p) => p <= limit);
  const top = Math.max(limit, 2 * (sieved[sieved.length - 1] ?? 1000));
  const comp = new Uint8Array(top + 1);
  const out: number[] = [];
  for (let i = 2; i <= top; i++) {
    if (comp[i]) continue;
    out.push(i);
    for (let j = i * i; j <= top; j += i) comp[j] = 1;
  }
  sieved = out;
  return out.filter((p) => p <= limit);
}
