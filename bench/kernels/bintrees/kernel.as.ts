// Binary trees: build and walk many complete binary trees of depths 4, 6, … n (plus one of depth
// n + 1 and one kept to the end); the total number of nodes walked.
class Node {
  constructor(public left: Node | null, public right: Node | null) {}
}

function make(depth: i32): Node {
  return depth == 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1));
}

function walk(node: Node): i64 {
  const left = node.left, right = node.right;
  return left == null || right == null ? 1 : 1 + walk(left) + walk(right);
}

export function kernel(n: i32): i64 {
  let total = walk(make(n + 1));
  const kept = make(n);
  for (let depth = 4; depth <= n; depth += 2) {
    for (let i = 0; i < 1 << (n - depth + 4); i++) total += walk(make(depth));
  }
  return total + walk(kept);
}
