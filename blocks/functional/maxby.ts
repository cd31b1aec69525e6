import { block, Fault } from "../block.js";
import { argsOfLane, cmpKey } from "./keys.js";

export default block({
  name: "maxby",
  aliases: ["maximumby"],
  sig: "(xs: [T], key: T => K) -> T",
  types: { T: ["any"], K: ["int", "float", "str", "bool"] },
  doc: "the first element with the largest key(x), faulting (empty) on []; keys compare in sortby's order (a NaN key is the largest, strings by code point); key is called once per element",
  examples: [
    { code: "[3, -5, 2].maxby(x => x * x)", result: "-5" },
    { code: "[\"bb\", \"a\", \"cc\"].maxby(_.len)", result: "bb" },
  ],
  oracle: (xs: any[], key: (x: any) => any) => {
    if (xs.length === 0) throw new Fault("empty");
    let best = xs[0], bk = key(best);
    for (const x of xs.slice(1)) {
      const k = key(x);
      if (cmpKey(k, bk) > 0) [best, bk] = [x, k];
    }
    return best;
  },
  test: { args: argsOfLane(30) },
});
