import { block, Fault } from "../block.js";
import { argsOfLane, cmpKey } from "./keys.js";

export default block({
  name: "minby",
  aliases: ["minimumby"],
  sig: "(xs: [T], key: T => K) -> T",
  types: { T: ["any"], K: ["int", "float", "str", "bool"] },
  doc: "the first element with the smallest key(x), faulting (empty) on []; keys compare in sortby's order (NaN keys last, strings by code point); key is called once per element",
  examples: [
    { code: "[3, -5, 2].minby(x => x * x)", result: "2" },
    { code: "[\"bb\", \"a\", \"c\"].minby(_.len)", result: "a" },
  ],
  oracle: (xs: any[], key: (x: any) => any) => {
    if (xs.length === 0) throw new Fault("empty");
    let best = xs[0], bk = key(best);
    for (const x of xs.slice(1)) {
      const k = key(x);
      if (cmpKey(k, bk) < 0) [best, bk] = [x, k];
    }
    return best;
  },
  test: { args: argsOfLane(30) },
});
