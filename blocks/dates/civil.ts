import { block, Fault } from "../block.js";
import { fromOrdinal } from "./_cal.js";

export default block({
  name: "civil",
  aliases: ["fromordinal", "from_ordinal"],
  sig: "(ordinal: int) -> (int, int, int)",
  doc: "the proleptic Gregorian date (year, month, day) of a day number, 1 being 0001-01-01 (like Python's date.fromordinal; inverse of ordinal); fault argument outside 1 … 3652059 (9999-12-31)",
  examples: [
    { code: "civil(738946)", result: "(2024, 3, 1)" },
    { code: "civil(1)", result: "(1, 1, 1)" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n || n > 3652059n) throw new Fault("argument");
    return fromOrdinal(Number(n)).map(BigInt);
  },
  test: {
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(
      { weight: 6, arbitrary: gen.fc.integer({ min: 1, max: 3652059 }).map(BigInt) },
      { weight: 2, arbitrary: gen.fc.constantFrom(1n, 2n, 59n, 60n, 365n, 366n, 730119n, 730120n, 738946n, 3652058n, 3652059n) },
      { weight: 1, arbitrary: gen.fc.constantFrom(0n, -1n, 3652060n) },
      { weight: 1, arbitrary: gen.int },
    )),
  },
});
