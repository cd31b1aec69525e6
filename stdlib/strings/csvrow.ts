import { block } from "../../blocks/block.js";

function parse(line: string): string[] {
  const out: string[] = [];
  if (line === "") return out;
  let field = "", state = 0;
  for (const c of line) {
    if (state === 2) { if (c === "\"") state = 3; else field += c; }
    else if (c === ",") { out.push(field); field = ""; state = 0; }
    else if (state === 0 && c === "\"") state = 2;
    else if (state === 3 && c === "\"") { field += c; state = 2; }
    else { field += c; state = 1; }
  }
  out.push(field);
  return out;
}

export default block({
  name: "csvrow",
  aliases: ["csvsplit", "parsecsv", "csvline", "csvfields", "splitcsv"],
  sig: "(line: str) -> [str]",
  doc: "the fields of one CSV line, as Python's csv.reader reads them: split at commas, except inside a field that starts with a double quote, where \"\" is one quote and the closing quote ends the quoting; quotes elsewhere are plain text; an unclosed quote runs to the end; [] for \"\"",
  examples: [
    { code: "\"a,\\\"b,c\\\",\\\"say \\\"\\\"hi\\\"\\\"\\\"\".csvrow", result: "[\"a\", \"b,c\", \"say \\\"hi\\\"\"]" },
    { code: "\"x,,y\".csvrow", result: "[\"x\", \"\", \"y\"]" },
  ],
  oracle: (line: string) => parse(line),
  test: { args: (gen) => gen.fc.tuple(gen.fc.array(gen.fc.constantFrom(",", "\"", "\"\"", "a", "b c", " ", "é", "漢"), { maxLength: 12 }).map((p: string[]) => p.join(""))) },
});
