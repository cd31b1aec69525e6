// Binary trees: build and walk many complete binary trees of depths 4, 6, … n (plus one of depth
// n + 1 and one kept to the end); the total number of nodes walked.
function make(depth) {
  return depth === 0 ? { left: null, right: null } : { left: make(depth - 1), right: make(depth - 1) };
}

function walk(node) {
  return node.left === null ? 1 : 1 + walk(node.left) + walk(node.right);
}

export function kernel(n) {
  let total = walk(make(n + 1));
  const kept = make(n);
  for (let depth = 4; depth <= n; depth += 2) {
    for (let i = 0; i < 1 << (n - depth + 4); i++) total += walk(make(depth));
  }
  return total + walk(kept);
}
