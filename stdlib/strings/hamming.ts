import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";
import { dupArr } from "../sequences/_gen.js";

const differ = (a: any[], b: any[]) => BigInt(a.slice(0, Math.min(a.length, b.length)).filter((x, i) => x !== b[i]).length + Math.abs(a.length - b.length));
const ones = (x: bigint) => { let n = 0n; for (let v = BigInt.asUintN(64, x); v; v >>= 1n) n += v & 1n; return n; };

export default block({
  name: "hamming",
  aliases: ["hammingdistance", "hamdist", "mismatches"],
  sig: ["(a: [T], b: [T]) -> int", "(a: str, b: str) -> int", "(a: int, b: int) -> int"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "how many positions hold different elements (or code points), plus the difference in length when the lengths differ; for two ints, how many of their 64 bits differ; elements compare with != (so NaN differs from NaN)",
  examples: [
    { code: "\"karolin\".hamming(\"kathrin\")", result: "3" },
    { code: "[1, 2, 3].hamming([1, 5])", result: "2" },
    { code: "hamming(1, 4)", result: "2" },
  ],
  oracle: (a: any, b: any) => (typeof a === "bigint" ? ones(a ^ b) : typeof a === "string" ? differ(Array.from(a), Array.from(b)) : differ(a, b)),
  test: { args: (gen, t, k) => (k === 0 ? gen.fc.tuple(dupArr(gen, t, 10), dupArr(gen, t, 10)) : k === 1 ? gen.fc.tuple(text(gen, 8), text(gen, 8)) : gen.fc.tuple(gen.int, gen.int)) },
});
