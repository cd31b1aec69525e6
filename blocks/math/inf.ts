import { block } from "../block.js";

export default block({
  name: "inf",
  aliases: ["infinity"],
  sig: "() -> float",
  doc: "positive infinity, larger than every other float (a start value for running minimums; -inf for maximums)",
  examples: [{ code: "inf", result: "inf" }, { code: "-inf < -1e308", result: "true" }],
  oracle: () => Infinity,
});
