from collections import defaultdict, deque


def separation(friends: list[tuple[str, str]], a: str, b: str) -> int:
    graph = defaultdict(list)
    for x, y in friends:
        graph[x].append(y)
        graph[y].append(x)
    if a not in graph or b not in graph:
        return -1
    dist = {a: 0}
    queue = deque([a])
    while queue:
        x = queue.popleft()
        for y in graph[x]:
            if y not in dist:
                dist[y] = dist[x] + 1
                queue.append(y)
    return dist.get(b, -1)
