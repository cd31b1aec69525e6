import { compile, prepare } from "/work/main/dist/compiler/index.js";
await prepare();
const n = +process.argv[2], o = +process.argv[3];
const src = `f(s: str)\n  a = 0\n  b = 0\n  for c in s\n    a = (a + c.ord) % 255\n${"    b = (b + a) % 255\n".repeat(n)}  b\n`;
const a = performance.now(); const r = await compile(src, { optimize: o });
console.log(n, o, (performance.now() - a).toFixed(0), r.diagnostics.map((d) => d.code + d.message).join(","));
