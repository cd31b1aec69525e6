// Speed of a few blocks against the JS engine's own library, and of blocks written in Ideo
// (stdlib/) against the hand-written WAT blocks that do the same work, measured inside one process:
// `npm run bench:blocks`. docs/blocks.md records the figures this prints on the project's machine.
import { load } from "../compiler/index.js";

const ideo = await load(`
fn sortint(n: int, reps: int)
  xs = xorshift(7, n)
  t = 0
  for r in range(reps): t += xs.sort[0]
  t
fn sortfloat(n: int, reps: int)
  xs = uniform(7, n)
  t = 0.0
  for r in range(reps): t += xs.sort[0]
  t
fn counting(n: int)
  m = {}
  for x in xorshift(7, n): m[x % 1000] = m.get(x % 1000, 0) + 1
  m.len
fn building(n: int)
  s = ""
  for i in range(n): s += "ab"
  s.len
fn sumsqideo(n: int, reps: int)
  xs = xorshift(7, n).map(_ % 1000)
  t = 0
  for r in range(reps): t += xs.sumsq
  t
fn sumbyideo(n: int, reps: int)
  xs = xorshift(7, n).map(_ % 1000)
  t = 0
  for r in range(reps): t += xs.sumby(_ * _)
  t
fn sumsqwat(n: int, reps: int)
  xs = xorshift(7, n).map(_ % 1000)
  t = 0
  for r in range(reps): t += xs.dot(xs)
  t
fn runprodideo(n: int, reps: int)
  xs = xorshift(7, n)
  t = 0
  for r in range(reps): t += xs.runprod[-1]
  t
fn prefixwat(n: int, reps: int)
  xs = xorshift(7, n)
  t = 0
  for r in range(reps): t += xs.prefix[-1]
  t
fn loopsum(xs: [int])
  t = 0
  for x in xs: t += x
  t
fn sumloopideo(n: int, reps: int)
  xs = xorshift(7, n)
  t = 0
  for r in range(reps): t += loopsum(xs)
  t
fn hammingideo(n: int, reps: int)
  xs = xorshift(7, n).map(_ % 4)
  ys = xorshift(8, n).map(_ % 4)
  t = 0
  for r in range(reps): t += xs.hamming(ys)
  t
fn dupsideo(n: int, reps: int)
  xs = xorshift(7, n).map(_ % 1000)
  t = 0
  for r in range(reps): t += xs.dups.len
  t
fn interposeideo(n: int, reps: int)
  xs = xorshift(7, n)
  t = 0
  for r in range(reps): t += xs.interpose(0).len
  t
fn sumint(n: int, reps: int)
  xs = xorshift(7, n)
  t = 0
  for r in range(reps): t += xs.sum
  t
`);

function time(fn: () => unknown): number {
  fn(); // warm up
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const rows: string[] = ["| block | n | Ideo ns/element | JS ns/element | JS baseline |", "|---|---|---|---|---|"];
for (const n of [8, 64, 128, 1024, 100_000]) {
  const reps = Math.max(3, Math.floor(2_000_000 / n));
  const ints = BigInt64Array.from({ length: n }, (_, i) => BigInt.asIntN(64, BigInt(i) * 0x9e3779b97f4a7c15n));
  const floats = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 1e6);
  const a = time(() => ideo.sortint(n, reps)) * 1e6 / (n * reps);
  const b = time(() => { for (let r = 0; r < reps; r++) ints.slice().sort(); }) * 1e6 / (n * reps);
  rows.push(`| sort [int] | ${n} | ${a.toFixed(1)} | ${b.toFixed(1)} | BigInt64Array.slice().sort() |`);
  const c = time(() => ideo.sortfloat(n, reps)) * 1e6 / (n * reps);
  const d = time(() => { for (let r = 0; r < reps; r++) floats.slice().sort(); }) * 1e6 / (n * reps);
  rows.push(`| sort [float] | ${n} | ${c.toFixed(1)} | ${d.toFixed(1)} | Float64Array.slice().sort() |`);
}
for (const n of [1024, 100_000]) {
  const reps = Math.max(3, Math.floor(20_000_000 / n));
  const ints = BigInt64Array.from({ length: n }, (_, i) => BigInt(i));
  const a = time(() => ideo.sumint(n, reps)) * 1e6 / (n * reps);
  const b = time(() => { for (let r = 0; r < reps; r++) { let s = 0n; for (const x of ints) s += x; } }) * 1e6 / (n * reps);
  rows.push(`| sum [int] | ${n} | ${a.toFixed(2)} | ${b.toFixed(2)} | a for-of loop over BigInt64Array |`);
}
// maps and loops that grow a value: per loop turn, against the same loop in JS
for (const n of [100_000, 1_000_000]) {
  const xs = BigInt64Array.from({ length: n }, (_, i) => BigInt.asIntN(64, BigInt(i) * 0x9e3779b97f4a7c15n));
  const a = time(() => ideo.counting(n)) * 1e6 / n;
  const b = time(() => { const m = new Map<bigint, number>(); for (const x of xs) { const k = ((x % 1000n) + 1000n) % 1000n; m.set(k, (m.get(k) ?? 0) + 1); } return m.size; }) * 1e6 / n;
  rows.push(`| map count (1000 keys) | ${n} | ${a.toFixed(1)} | ${b.toFixed(1)} | a Map<bigint, number> loop |`);
  const c = time(() => ideo.building(n)) * 1e6 / n;
  const d = time(() => { let s = ""; for (let i = 0; i < n; i++) s += "ab"; return s.length; }) * 1e6 / n;
  rows.push(`| string built by += | ${n} | ${c.toFixed(1)} | ${d.toFixed(1)} | a JS string += loop |`);
}
console.log(rows.join("\n"));

// Blocks written in Ideo (stdlib/) against WAT blocks doing the same work, or against JS.
const rows2: string[] = ["| block written in Ideo | n | ns/element | equivalent | ns/element |", "|---|---|---|---|---|"];
const mod = (x: bigint, m: bigint) => ((x % m) + m) % m;
for (const n of [1024, 100_000]) {
  const reps = Math.max(3, Math.floor(20_000_000 / n));
  const per = (f: () => unknown) => time(f) * 1e6 / (n * reps);
  const dot = per(() => ideo.sumsqwat(n, reps));
  rows2.push(`| sumsq [int] (Ideo: a for loop) | ${n} | ${per(() => ideo.sumsqideo(n, reps)).toFixed(2)} | dot(xs, xs) (WAT) | ${dot.toFixed(2)} |`);
  rows2.push(`| xs.sumby(_ * _) (a lambda per element) | ${n} | ${per(() => ideo.sumbyideo(n, reps)).toFixed(2)} | dot(xs, xs) (WAT) | ${dot.toFixed(2)} |`);
  rows2.push(`| a for loop summing [int] (Ideo) | ${n} | ${per(() => ideo.sumloopideo(n, reps)).toFixed(2)} | sum (WAT) | ${per(() => ideo.sumint(n, reps)).toFixed(2)} |`);
  rows2.push(`| runprod [int] (Ideo: a loop that appends) | ${n} | ${per(() => ideo.runprodideo(n, reps)).toFixed(2)} | prefix (WAT running sums) | ${per(() => ideo.prefixwat(n, reps)).toFixed(2)} |`);
  const xs = BigInt64Array.from({ length: n }, (_, i) => mod(BigInt.asIntN(64, BigInt(i) * 0x9e3779b97f4a7c15n), 4n));
  const ys = BigInt64Array.from({ length: n }, (_, i) => mod(BigInt.asIntN(64, BigInt(i + 1) * 0x94d049bb133111ebn), 4n));
  rows2.push(`| hamming [int] (Ideo: an index loop) | ${n} | ${per(() => ideo.hammingideo(n, reps)).toFixed(2)} | a JS loop over two BigInt64Arrays | ${per(() => { for (let r = 0; r < reps; r++) { let d = 0; for (let i = 0; i < n; i++) if (xs[i] !== ys[i]) d++; } }).toFixed(2)} |`);
  const ks = Array.from({ length: n }, (_, i) => Number(mod(BigInt.asIntN(64, BigInt(i) * 0x9e3779b97f4a7c15n), 1000n)));
  rows2.push(`| dups [int] (Ideo: counts, then a filter) | ${n} | ${per(() => ideo.dupsideo(n, reps)).toFixed(2)} | a JS Map count, then a filter | ${per(() => { for (let r = 0; r < reps; r++) { const m = new Map<number, number>(); for (const k of ks) m.set(k, (m.get(k) ?? 0) + 1); [...m].filter((e) => e[1] > 1); } }).toFixed(2)} |`);
  const arr = Array.from({ length: n }, (_, i) => i);
  rows2.push(`| interpose [int] (Ideo: a loop that appends) | ${n} | ${per(() => ideo.interposeideo(n, reps)).toFixed(2)} | JS flatMap | ${per(() => { for (let r = 0; r < reps; r++) arr.flatMap((x, i) => (i ? [0, x] : [x])); }).toFixed(2)} |`);
}
console.log(`\n${rows2.join("\n")}`);
