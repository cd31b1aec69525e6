// What a generic export costs: the first call with new argument types compiles the program again
// (host/generic.ts); later calls read the arguments' types to find that compile. Run: npm run bench:generic
import { load } from "../compiler/index.js";

const source = "rev(xs) = xs.reverse\nhalves(xs, n) = (xs[:n], xs[n:])\ntotal(xs) = xs.sum\n";
const ideo = await load(source, { write: () => {} });

const ms = (f: () => void): number => { const t = performance.now(); f(); return performance.now() - t; };
const perCall = (f: () => unknown, n = 20000): number => ms(() => { for (let i = 0; i < n; i++) f(); }) * 1000 / n;

const rows: [string, string][] = [];
rows.push(["first call of rev with a string (a second compile)", `${ms(() => ideo.rev("abc")).toFixed(1)} ms`]);
rows.push(["first call of halves with [str] (a second compile)", `${ms(() => ideo.halves(["a", "b"], 1)).toFixed(1)} ms`]);
ideo.total([1, 2, 3]);
rows.push(["later calls of rev with a string (that compile)", `${perCall(() => ideo.rev("abc")).toFixed(2)} µs`]);
rows.push(["calls of rev with [int] (the default compile)", `${perCall(() => ideo.rev([1, 2, 3])).toFixed(2)} µs`]);
rows.push(["calls of total with [int] (not generic)", `${perCall(() => ideo.total([1, 2, 3])).toFixed(2)} µs`]);

console.log("| generic export | time |\n|---|---|");
for (const [what, t] of rows) console.log(`| ${what} | ${t} |`);
