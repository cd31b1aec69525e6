from graphlib import TopologicalSorter


def dagdepth(n: int, edges: list[tuple[int, int]]) -> int:
    preds = {v: [] for v in range(n)}
    for a, b in edges:
        preds[b].append(a)
    depth = {}
    for v in TopologicalSorter(preds).static_order():
        depth[v] = max((depth[a] + 1 for a in preds[v]), default=0)
    return max(depth.values(), default=0)
