import { block, Fault } from "../../blocks/block.js";
import matmul from "../../blocks/matrix/matmul.js";
import { cols, elem, matrix } from "./_m.js";

export default block({
  name: "matpow",
  aliases: ["matrixpower", "matrix_power", "mpow", "powm"],
  sig: "(m: [[T]], k: int) -> [[T]]",
  types: { T: ["int", "float"] },
  doc: "the square matrix m multiplied by itself k times, by repeated squaring with matmul (NumPy's matrix_power; ints wrap): the identity for k = 0; faults (argument) when k < 0 or m is not square",
  examples: [
    { code: "[[1, 1], [1, 0]].matpow(10)", result: "[[89, 55], [55, 34]]" },
    { code: "[[2, 0], [0, 3]].matpow(0)", result: "[[1, 0], [0, 1]]" },
  ],
  oracle: (m: any[][], k: bigint, t: any) => {
    if (k < 0n) throw new Fault("argument");
    const n = m.length;
    if (n && cols(m) !== n) throw new Fault("argument");
    const one = t.T === "int" ? 1n : 1, zero = t.T === "int" ? 0n : 0;
    let r: any[][] = m.map((_, i) => m.map((__, j) => (i === j ? one : zero)));
    let base = m, e = k;
    while (e > 0n) {
      if (e % 2n === 1n) r = matmul.oracle(r, base, t) as any[][];
      e /= 2n;
      if (e > 0n) base = matmul.oracle(base, base, t) as any[][];
    }
    return r;
  },
  test: { args: (gen, t) => gen.fc.tuple(matrix(gen, t.T === "int" ? gen.fc.oneof(gen.small, gen.int) : gen.fc.oneof(gen.finite, gen.float), 4), gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: -1n, max: 12n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(63n, 1000n) })) },
});
