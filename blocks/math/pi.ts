import { block } from "../block.js";

export default block({
  name: "pi",
  sig: "() -> float",
  doc: "the constant π (3.141592653589793), the float nearest the ratio of a circle's circumference to its diameter",
  examples: [{ code: "pi", result: "3.141592653589793" }, { code: "2.0 * pi", result: "6.283185307179586" }],
  oracle: () => Math.PI,
});
