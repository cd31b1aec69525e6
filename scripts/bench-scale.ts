// `npm run bench:scale [-- SHAPE…] [--sizes 1000,5000,20000]`: how checking and compiling (at -O0 and
// at the default -O2) grow with the size of a program, for programs of one shape repeated n times
// (statements, lambdas, string literals, functions, elements of a literal, statements in one loop,
// loops, chained calls).
// Linear growth shows as a steady time per item; the last column is that time at the largest size
// over the smallest (about 1 when linear).
import { compile } from "../compiler/index.js";
import { analyze } from "../compiler/frontend.js";

export const SHAPES: Record<string, (n: number) => string> = {
  statements: (n) => `fn main\n  x = 0\n${Array.from({ length: n }, (_, i) => `  x = x + ${i}\n`).join("")}  print(x)\n`,
  lambdas: (n) => `fn main\n  xs = [1, 2]\n${Array.from({ length: n }, (_, i) => `  print(xs.map(_ + ${i}).sum)\n`).join("")}`,
  strings: (n) => `fn main\n${Array.from({ length: n }, (_, i) => `  print("s${i}")\n`).join("")}`,
  functions: (n) => `${Array.from({ length: n }, (_, i) => `f${i}(x) = x + ${i}\n`).join("")}print(f0(1))\n`,
  elements: (n) => `fn main\n  xs = [${Array.from({ length: n }, (_, i) => i).join(", ")}]\n  print(xs.sum)\n`,
  "map entries": (n) => `fn main\n  m = {${Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(", ")}}\n  print(m.len)\n`,
  "loop statements": (n) => `fn main\n  t = 0\n  for i in range(3)\n${"    t = (t + i) % 255\n".repeat(n)}  print(t)\n`,
  "loop bodies": (n) => `fn main\n  t = 0\n${Array.from({ length: n }, (_, i) => `  for i in range(3)\n    t += i * ${i}\n`).join("")}  print(t)\n`,
  "chained calls": (n) => `fn main\n  xs = [3, 1, 2]\n  print(xs${".reverse".repeat(n)})\n`,
};

const args = process.argv.slice(2);
const sizesAt = args.indexOf("--sizes");
const sizes = sizesAt >= 0 ? args[sizesAt + 1].split(",").map(Number) : [1000, 5000, 20000];
const shapes = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--sizes");

async function time(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

async function main(): Promise<void> {
  await compile("print(1)"); // load the registry and Binaryen first
  console.log(`| shape | ${sizes.map((n) => `n = ${n}: check / -O0 / -O2`).join(" | ")} | time per item at -O2, largest / smallest |`);
  console.log(`|---|${sizes.map(() => "---|").join("")}---|`);
  for (const [name, make] of Object.entries(SHAPES)) {
    if (shapes.length && !shapes.includes(name)) continue;
    const cells: string[] = [];
    const perItem: number[] = [];
    for (const n of sizes) {
      const src = make(n);
      process.stderr.write(`bench:scale: ${name}, n = ${n}\n`);
      const check = await time(() => analyze(src));
      let ok = true;
      const o0 = await time(async () => { ok = !!(await compile(src, { optimize: 0 })).wasm; });
      const o2 = ok ? await time(() => compile(src, { optimize: 2 })) : NaN;
      cells.push(`${Math.round(check)} / ${Math.round(o0)} / ${ok ? Math.round(o2) : "-"} ms${ok ? "" : " (rejected)"}`);
      perItem.push(ok ? o2 / n : o0 / n);
    }
    console.log(`| ${name} | ${cells.join(" | ")} | ${(perItem[perItem.length - 1] / perItem[0]).toFixed(2)} |`);
  }
}

main();
