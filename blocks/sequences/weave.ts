import { block } from "../block.js";

export default block({
  name: "weave",
  aliases: ["interleave", "roundrobin"],
  sig: "(xs: [T], ys: [T]) -> [T]",
  types: { T: ["any"] },
  doc: "the elements of xs and ys alternated, xs[0], ys[0], xs[1], ys[1], ...; what is left of the longer one follows at the end",
  examples: [
    { code: "[1, 2, 3].weave([10, 20])", result: "[1, 10, 2, 20, 3]" },
    { code: "[\"a\"].weave([\"b\", \"c\"])", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (xs: any[], ys: any[]) => {
    const out: any[] = [];
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      if (i < xs.length) out.push(xs[i]);
      if (i < ys.length) out.push(ys[i]);
    }
    return out;
  },
});
