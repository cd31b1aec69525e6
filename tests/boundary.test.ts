// What crosses into a module is checked, and nothing a call leaves behind reaches the next: holes,
// sparse and oversized arrays, integers past 64 bits, names that are not exports (Object.prototype's
// among them), and results that cannot cross. And the CLI's own edges: what a file turns out to be
// (a directory, a pipe, a device that never ends), output closed early, big integers in JSON.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "../compiler/index.js";
import { cli } from "./support/run.js";
import { ROOT } from "../compiler/paths.js";

const PROGRAM = `ident(xs: [int]) = xs
strs(xs: [str]) = xs.len
fsum(xs: [float]) = xs.sum
fint(x: int) = x
opts(xs: [int?]) = xs.map(_ ?? -1)
pair(p: (int, str)) = p.1
adder(x: int) = (y => y + x)
apply(f, x: int) = f(x) + 1
`;

describe("values crossing into a module", async () => {
  const ideo = await load(PROGRAM, { write: () => {} });

  it("a hole is refused, not read from what the last call left", () => {
    expect(ideo.ident([111, 222, 333])).toEqual([111, 222, 333]);
    expect(() => ideo.ident([, , ,])).toThrow(/ident: argument 1: element 0 is missing \(the array has holes\)/);
    expect(() => ideo.ident([1, , 3])).toThrow(/element 1 is missing/);
    expect(() => ideo.strs([, ,])).toThrow(TypeError);
    // in an array of optionals a hole is what it reads as in JS: null
    expect(ideo.opts([1, , 3])).toEqual([1, -1, 3]);
    expect(() => ideo.pair([1])).toThrow(/expected an array of 2/);
    expect(() => ideo.pair([1, 2])).toThrow(/item 1: expected a string/);
  });

  it("an array too large for memory is refused before anything is allocated", () => {
    const t = performance.now();
    expect(() => ideo.fsum(new Array(2 ** 29))).toThrow(/an array of 536870912 elements is too large to cross/);
    expect(performance.now() - t).toBeLessThan(1000); // measured, not a limit on speed: the check comes first
  });

  it("integers past 64 bits are refused, not wrapped", () => {
    expect(ideo.fint(2 ** 62)).toBe(2n ** 62n);
    expect(ideo.fint(-(2 ** 63))).toBe(-(2n ** 63n));
    expect(ideo.fint(2n ** 63n - 1n)).toBe(2n ** 63n - 1n);
    expect(() => ideo.fint(1e19)).toThrow(/fint: argument 1: 10000000000000000000 does not fit in an int/);
    expect(() => ideo.fint(2n ** 63n)).toThrow(/does not fit in an int/);
    expect(() => ideo.fint(2 ** 63)).toThrow(/does not fit in an int/);
    expect(() => ideo.ident([1, 2n ** 64n])).toThrow(/element 1: 18446744073709551616 does not fit/);
  });

  it("names of Object.prototype are not exports", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) expect(ideo[name]).toBeUndefined();
    expect(Object.keys(ideo)).toEqual(["ident", "strs", "fsum", "fint", "opts", "pair", "adder", "apply"]);
  });

  it("a function value cannot cross, and says so", () => {
    expect(() => ideo.adder(1)).toThrow(/adder returns a function \(\(int\) -> int\), which cannot be passed to JS/);
    expect(() => ideo.apply((x: number) => x, 1)).toThrow(/apply: parameter 1 is a function/);
  });

  it("functions named like Object.prototype's members are exports like others", async () => {
    const odd = await load("constructor(x: int) = x + 1\ntoString(s: str) = s.upper\n", { write: () => {} });
    expect(odd.constructor(1)).toBe(2);
    expect(odd.toString("a")).toBe("A");
  });
});

describe("the CLI's edges", () => {
  const dir = mkdtempSync(join(tmpdir(), "ideo-edges-"));
  const prog = join(dir, "f.ideo");
  writeFileSync(prog, PROGRAM);

  it("output closed early ends quietly", () => {
    for (const args of [["run", "examples/tour.ideo"], ["build", "examples/tour.ideo", "--wat", "-o", "-"]]) {
      const r = spawnSync("sh", ["-c", `node bin/ideo.js ${args.join(" ")} | head -1`], { cwd: ROOT, encoding: "utf8" });
      expect(r.stdout.split("\n").length).toBe(2);
      expect(r.stderr).toBe("");
    }
  });

  it("a device that never ends is read up to the size limit, by every command that reads files", async () => {
    for (const command of ["check", "run", "build", "fmt"]) {
      const r = await cli([command, "/dev/zero"]);
      expect(r.status, command).toBe(1);
      expect(r.stderr, command).toMatch(/error\[E0005\]: \/dev\/zero is larger than 16 MB/);
    }
    expect((await cli(["tokens", "/dev/zero"])).stderr).toContain("warning: skipping /dev/zero: larger than 256 MB");
  }, 120_000);

  it("a directory, a missing file and a pipe", async () => {
    expect(await cli(["check", dir])).toMatchObject({ status: 2, stderr: `error: cannot read ${dir}: it is a directory\n` });
    expect(await cli(["run", join(dir, "none.ideo")])).toMatchObject({ status: 2, stderr: `error: cannot read ${join(dir, "none.ideo")}: no such file\n` });
    const fifo = join(dir, "fifo.ideo");
    const viaFifo = spawnSync("sh", ["-c", `mkfifo ${fifo} && (echo 'print(6 * 7)' > ${fifo} &) && node bin/ideo.js run ${fifo}`], { cwd: ROOT, encoding: "utf8" });
    expect(viaFifo.stdout).toBe("42\n");
    const viaPipe = spawnSync("sh", ["-c", "echo 'print(6 * 7)' | node bin/ideo.js run /dev/stdin"], { cwd: ROOT, encoding: "utf8" });
    expect(viaPipe.stdout).toBe("42\n");
  });

  it("--fn names only exports; JSON integers keep every digit", async () => {
    expect(await cli(["run", prog, "--fn", "constructor", '"hi"'])).toMatchObject({ status: 2, stderr: expect.stringContaining("exports no function 'constructor'") });
    expect(await cli(["run", prog, "--fn", "fint", "9223372036854775807"])).toMatchObject({ status: 0, stdout: "9223372036854775807\n" });
    expect(await cli(["run", prog, "--fn", "fint", "1e19"])).toMatchObject({ status: 2, stderr: expect.stringContaining("10000000000000000000 does not fit in an int") });
    expect(await cli(["run", prog, "--fn", "ident", "[1, -9223372036854775808]"])).toMatchObject({ status: 0, stdout: "[1,-9223372036854775808]\n" });
    expect(await cli(["run", prog, "--fn", "adder", "1"])).toMatchObject({ status: 2, stderr: expect.stringContaining("cannot be passed to JS") });
  });
});
