import { block } from "../../blocks/block.js";

export default block({
  name: "harmonic",
  aliases: ["harmonicnumber", "hn", "harmonicsum"],
  sig: "(n: int) -> float",
  doc: "the n-th harmonic number 1 + 1/2 + … + 1/n, summed from the smallest term up, in O(n) steps; 0.0 when n < 1",
  examples: [
    { code: "harmonic(4)", result: "2.083333333333333" },
    { code: "harmonic(0)", result: "0.0" },
  ],
  oracle: (n: bigint) => { let h = 0; for (let k = Number(n); k >= 1; k--) h += 1 / k; return h; },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.fc.bigInt({ min: -5n, max: 500n }), gen.fc.constantFrom(-(2n ** 63n), 100000n))) },
});
