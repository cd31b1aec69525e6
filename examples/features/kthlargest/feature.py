def kthlargest(xs: list[int], k: int) -> int:
    return sorted(set(xs))[-k]
