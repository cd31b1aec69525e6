import { block, Fault } from "../../blocks/block.js";

const NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export default block({
  name: "monthname",
  aliases: ["nameofmonth", "monthstr", "strftimeB"],
  sig: "(m: int) -> str",
  doc: "the English name of month m, 1 = \"January\" … 12 = \"December\"; faults (argument) for m outside 1..12",
  examples: [
    { code: "monthname(3)", result: "March" },
    { code: "monthname(12).take(3)", result: "Dec" },
  ],
  oracle: (m: bigint) => { if (m < 1n || m > 12n) throw new Fault("argument"); return NAMES[Number(m) - 1]; },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.fc.bigInt({ min: -1n, max: 14n }), gen.int)) },
});
