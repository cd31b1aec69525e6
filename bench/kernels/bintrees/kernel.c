// Binary trees: build and walk many complete binary trees of depths 4, 6, … n (plus one of depth
// n + 1 and one kept to the end); the total number of nodes walked.
#include <stdlib.h>

struct node { struct node *left, *right; };

static struct node *make(int depth) {
  struct node *t = malloc(sizeof *t);
  t->left = depth == 0 ? NULL : make(depth - 1);
  t->right = depth == 0 ? NULL : make(depth - 1);
  return t;
}

static long long walk(const struct node *t) {
  return t->left == NULL ? 1 : 1 + walk(t->left) + walk(t->right);
}

static void release(struct node *t) {
  if (t->left != NULL) {
    release(t->left);
    release(t->right);
  }
  free(t);
}

static long long once(int depth) {
  struct node *t = make(depth);
  long long nodes = walk(t);
  release(t);
  return nodes;
}

long long kernel(int n) {
  long long total = once(n + 1);
  struct node *kept = make(n);
  for (int depth = 4; depth <= n; depth += 2)
    for (long long i = 0; i < 1LL << (n - depth + 4); i++) total += once(depth);
  total += walk(kept);
  release(kept);
  return total;
}
