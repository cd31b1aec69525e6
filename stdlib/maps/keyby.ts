import { block } from "../../blocks/block.js";

export default block({
  name: "keyby",
  aliases: ["indexby", "associateby", "lookupby", "tomapby"],
  sig: "(xs: [T], key: T => K) -> {K: T}",
  types: { T: ["any"], K: ["int", "str"] },
  doc: "a map from key(x) to x for each element (Python's {key(x): x for x in xs}): for a key that comes again, the last element wins and the first place is kept; group keeps them all",
  examples: [
    { code: "[\"apple\", \"bob\", \"cat\"].keyby(_.len)", result: "{5: \"apple\", 3: \"cat\"}" },
  ],
  oracle: (xs: any[], key: (x: any) => any) => new Map(xs.map((x) => [key(x), x])),
});
