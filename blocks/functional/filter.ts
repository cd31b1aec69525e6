import { block } from "../block.js";

export default block({
  name: "filter",
  aliases: ["keep", "where"],
  sig: ["(xs: [T], f: T => bool) -> [T]", "(s: str, f: str => bool) -> [str]"],
  types: { T: ["any"] },
  doc: "the elements for which f is true, in their order; f is called once per element; over a string, the characters for which it is true, as a list of one-character strings (join makes them a string again); [] when none",
  examples: [
    { code: "[1, 2, 3, 4].filter(_ % 2 == 0)", result: "[2, 4]" },
    { code: "[\"a\", \"bb\", \"c\"].filter(_ != \"c\")", result: "[\"a\", \"bb\"]" },
    { code: "\"Hello\".filter(_ in \"aeiou\")", result: "[\"e\", \"o\"]" },
  ],
  oracle: (xs: any[] | string, f: (x: any) => boolean) => [...xs].filter((x) => f(x)),
});
