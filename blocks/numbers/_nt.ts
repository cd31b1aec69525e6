// Number-theory helpers shared by the oracles and test generators of this folder (BigInt, exact).
export function powmod(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n % m;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

/** Miller-Rabin with the first twelve prime bases: deterministic below 3.3e24. */
export function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  const bases = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
  for (const p of bases) if (n % p === 0n) return n === p;
  let d = n - 1n, s = 0;
  while (!(d & 1n)) { d >>= 1n; s++; }
  outer: for (const a of bases) {
    let x = powmod(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

export function nextPrime(n: bigint): bigint {
  if (n <= 2n) return 2n;
  let p = n | 1n;
  while (!isPrime(p)) p += 2n;
  return p;
}

/** Prime factors with multiplicity, ascending (trial division then Pollard rho, BigInt). */
export function factorize(n: bigint): bigint[] {
  const out: bigint[] = [];
  for (const p of [2n, 3n, 5n]) while (n % p === 0n) { out.push(p); n /= p; }
  const stack = n > 1n ? [n] : [];
  while (stack.length) {
    const m = stack.pop()!;
    if (isPrime(m)) { out.push(m); continue; }
    let d = m;
    for (let c = 1n; d === m; c++) d = brent(m, c);
    stack.push(d, m / d);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Pollard rho with Brent's cycle finding and batched gcds: a factor of the composite m, or m on failure. */
function brent(m: bigint, c: bigint): bigint {
  const f = (v: bigint) => (v * v + c) % m;
  let y = 2n, r = 1n, q = 1n, g = 1n, x = y, ys = y;
  while (g === 1n) {
    x = y;
    for (let i = 0n; i < r; i++) y = f(y);
    for (let k = 0n; k < r && g === 1n; k += 128n) {
      ys = y;
      for (let i = 0n; i < 128n && i < r - k; i++) { y = f(y); q = (q * (x > y ? x - y : y - x)) % m; }
      g = gcd(q, m);
    }
    r *= 2n;
  }
  if (g === m) {
    do { ys = f(ys); g = gcd(x > ys ? x - ys : ys - x, m); } while (g === 1n);
  }
  return g;
}

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Arbitraries for ints with interesting factorizations: primes, prime powers, semiprimes, smooth numbers. */
export function numberArbs(gen: any) {
  const fc = gen.fc;
  const prime = (max: bigint) => fc.bigInt({ min: 2n, max }).map(nextPrime);
  const semiprime = fc.tuple(prime(3037000499n), prime(3037000499n)).map(([p, q]: bigint[]) => p * q).filter((v: bigint) => v < 2n ** 63n);
  const bigSemi = fc.tuple(prime(2n ** 40n), prime(2n ** 22n)).map(([p, q]: bigint[]) => p * q);
  const power = fc.tuple(prime(100000n), fc.integer({ min: 2, max: 5 })).map(([p, k]: [bigint, number]) => p ** BigInt(k)).filter((v: bigint) => v < 2n ** 63n);
  const smooth = fc.array(fc.constantFrom(2n, 3n, 5n, 7n, 11n, 13n, 1009n, 65537n), { minLength: 1, maxLength: 14 })
    .map((ps: bigint[]) => ps.reduce((a, b) => a * b, 1n)).filter((v: bigint) => v < 2n ** 63n);
  const special = fc.constantFrom(
    1n, 2n, 3n, 4n, 561n, 41041n, 1373653n, 25326001n, 3215031751n, 4759123141n, 1122004669633n, 2152302898747n, 3474749660383n,
    341550071728321n, 3825123056546413051n, 2n ** 61n - 1n, 2n ** 31n - 1n, 1000000007n, 9223372036854775783n, 9223372036854775807n,
    4611686014132420609n, 2n ** 62n, 999999999999999989n, 3037000493n * 3036999899n, 2147483647n * 2147483629n,
  );
  return { prime, semiprime, bigSemi, power, smooth, special };
}
