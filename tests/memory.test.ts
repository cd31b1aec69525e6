// Memory stays bounded when a loop builds and drops temporaries a million times, and a loop that
// only grows a string or an array builds it in linear time and memory.
import { describe, it, expect } from "vitest";
import { compile } from "../compiler/index.js";
import { instantiate } from "../compiler/host/instance.js";

describe("regions", () => {
  it("a loop of a million temporary arrays runs in bounded memory", async () => {
    const src = `fn main
  total = 0
  for i in range(1000000)
    total += [i, i + 1, i + 2].map(_ * 2).sum
  print(total)`;
    const r = await compile(src);
    let out = "";
    const inst = await instantiate(r.wasm!, { write: (t) => { out += t; } });
    inst.exports.fn_main ? inst.exports.fn_main() : inst.exports.main();
    expect(out).toBe("3000003000000\n");
    // each turn allocates ~100 bytes: 1e6 turns would need ~100 MB without the resets
    expect(inst.memory.buffer.byteLength).toBeLessThanOrEqual(2 * 65536);
  });

  it("a loop whose values outlive a turn keeps them", async () => {
    const src = `fn main
  acc = []
  for i in range(2000)
    acc = acc + [i.str]
  print(acc.len, acc[0], acc[1999])`;
    const r = await compile(src);
    let out = "";
    const inst = await instantiate(r.wasm!, { write: (t) => { out += t; } });
    inst.exports.main();
    expect(out).toBe("2000 0 1999\n");
  });

  it("a loop that only grows a string or an array builds it in linear memory", async () => {
    const src = `fn main
  s = ""
  xs = []
  for i in range(300000)
    s += "ab"
    xs = xs.append(i)
  print(s.len, xs.len, xs[299999], s[-3:])`;
    const r = await compile(src);
    let out = "";
    const inst = await instantiate(r.wasm!, { write: (t) => { out += t; } });
    inst.exports.main();
    expect(out).toBe("600000 300000 299999 bab\n");
    // a copy per turn would allocate ~360 GB; doubling builders need ~14 MB
    expect(inst.memory.buffer.byteLength).toBeLessThanOrEqual(512 * 65536);
  });

  it("growing keeps the language's meaning: break, continue, return, nesting, reads", async () => {
    const src = `caps(t: str)
  out = ">"
  for w in t.words
    if w == "stop": break
    if w.len < 2: continue
    for c in w: out += c.upper
    out = out + "|"
  out
early(xs: [int])
  s = ""
  for x in xs
    if x < 0: return "neg"
    s += x.str
  s
pairs(n: int)
  ps = [(9, 9)]
  i = 0
  while i < n
    ps += [(i, -i)]
    i += 1
  ps
used(n: int)
  s = ""
  for i in range(n): s = s + s.len.str
  s
fn main
  before = "x"
  after = before
  for i in range(3): after += i.str
  print(caps("ab c de stop fg"), early([1, 2]), early([1, -2]), pairs(2), used(4), before, after)`;
    const r = await compile(src);
    let out = "";
    const inst = await instantiate(r.wasm!, { write: (t) => { out += t; } });
    inst.exports.main();
    expect(out).toBe(">AB|DE| 12 neg [(9, 9), (0, 0), (1, -1)] 0123 x x012\n");
  });
});
