from collections import deque


def withinhops(n: int, edges: list[tuple[int, int]], start: int, k: int) -> int:
    near = [[] for _ in range(n)]
    for a, b in edges:
        near[a].append(b)
        near[b].append(a)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in near[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
    return sum(0 < d <= k for d in dist.values())
