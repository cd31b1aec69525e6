from collections import Counter


def lengthhist(s: str) -> list[int]:
    lens = Counter(map(len, s.split()))
    return [lens[k] for k in range(1, max(lens, default=0) + 1)]
