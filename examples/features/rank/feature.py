def rank(scores: list[int]) -> list[int]:
    return [sum(t > s for t in scores) + 1 for s in scores]
