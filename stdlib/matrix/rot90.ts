import { block } from "../../blocks/block.js";
import transpose from "../../blocks/matrix/transpose.js";
import { elem, matrix } from "./_m.js";

export default block({
  name: "rot90",
  aliases: ["rotate90", "rotleft", "rotatematrix", "rotccw"],
  sig: "(m: [[T]]) -> [[T]]",
  types: { T: ["any"] },
  doc: "the matrix turned a quarter turn counter-clockwise (NumPy's rot90): the last column becomes the first row; m.reverse.transpose turns it clockwise; [] when m has no rows or no columns; faults argument on ragged rows",
  examples: [
    { code: "[[1, 2], [3, 4]].rot90", result: "[[2, 4], [1, 3]]" },
  ],
  oracle: (m: any[][], t: any) => (transpose.oracle(m, t) as any[][]).reverse(),
  test: { args: (gen, t) => gen.fc.tuple(matrix(gen, elem(gen, t))) },
});
