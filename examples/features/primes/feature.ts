export function primes(n: number): number[] {
  const out: number[] = [];
  next: for (let p = 2; p < n; p++) {
    for (let d = 2; d * d <= p; d++) if (p % d === 0) continue next;
    out.push(p);
  }
  return out;
}
