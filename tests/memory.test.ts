// Memory stays bounded when a loop builds and drops temporaries a million times.
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
});
