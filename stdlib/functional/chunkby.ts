import { block } from "../../blocks/block.js";
import { argsOfLane } from "../../blocks/functional/keys.js";

const sameKey = (a: any, b: any) => a === b || (typeof a === "number" && a !== a && b !== b);

export default block({
  name: "chunkby",
  aliases: ["runsby", "groupruns", "groupconsecutive", "partitionby"],
  sig: "(xs: [T], key: T => K) -> [[T]]",
  types: { T: ["any"], K: ["int", "float", "str", "bool"] },
  doc: "the elements split into runs of consecutive ones with equal key(x), in order (Python's itertools.groupby, which groups only neighbours; group gathers all equal keys); [] when empty; NaN keys match",
  examples: [
    { code: "[1, 3, 2, 4, 5].chunkby(_ % 2)", result: "[[1, 3], [2, 4], [5]]" },
    { code: "[\"a\", \"b\", \"cc\"].chunkby(_.len)", result: "[[\"a\", \"b\"], [\"cc\"]]" },
  ],
  oracle: (xs: any[], key: (x: any) => any) => {
    const out: any[][] = [];
    let prev: any;
    xs.forEach((x, i) => {
      const k = key(x);
      if (i === 0 || !sameKey(k, prev)) out.push([]);
      out[out.length - 1].push(x);
      prev = k;
    });
    return out;
  },
  test: { args: argsOfLane(40) },
});
